<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;lokasi tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>Kembali (Alt+Kiri)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Maju</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>Maju (Alt+Kanan)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Beranda</translation>
    </message>
    <message>
        <source>Home (Alt+Home)</source>
        <translation>Beranda (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K, Ctrl+F or /)</source>
        <translation>Cari di semua isi (Ctrl+K, Ctrl+F atau /)</translation>
    </message>
    <message>
        <source>Ph&amp;rase cards for the person in front of you</source>
        <translation>Kartu &amp;frasa untuk orang di hadapan Anda</translation>
    </message>
    <message>
        <source>Short phrases in the region&apos;s languages, in large type, to show or read aloud (F7)</source>
        <translation>Frasa pendek dalam bahasa-bahasa di kawasan, dengan huruf besar, untuk ditunjukkan atau dibacakan (F7)</translation>
    </message>
    <message>
        <source>&amp;Bookmark this item</source>
        <translation>&amp;Tandai butir ini</translation>
    </message>
    <message>
        <source>Bookmark or un-bookmark this item (Ctrl+D)</source>
        <translation>Tandai atau hapus penanda butir ini (Ctrl+D)</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Sunting &amp;catatan</translation>
    </message>
    <message>
        <source>Write a note on this item (Ctrl+E)</source>
        <translation>Tulis catatan pada butir ini (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Walk through, one step at a time</source>
        <translation>T&amp;elusuri, satu langkah demi satu langkah</translation>
    </message>
    <message>
        <source>&amp;Flow chart</source>
        <translation>&amp;Diagram alur</translation>
    </message>
    <message>
        <source>&amp;Pathway steps</source>
        <translation>&amp;Langkah jalur rujukan</translation>
    </message>
    <message>
        <source>&amp;Make a checklist</source>
        <translation>&amp;Buat daftar periksa</translation>
    </message>
    <message>
        <source>&amp;Add to checklist…</source>
        <translation>T&amp;ambahkan ke daftar periksa…</translation>
    </message>
    <message>
        <source>Add this item, or the chosen search result, to a saved checklist or a new one (Ctrl+Shift+A)</source>
        <translation>Tambahkan butir ini, atau hasil pencarian yang dipilih, ke daftar periksa yang tersimpan atau yang baru (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Teks lebih &amp;besar</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Teks lebih &amp;kecil</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Ukuran teks &amp;normal</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>&amp;Layar penuh</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database (the database as it is now is kept aside)</source>
        <translation>Pasang cadangan sebagai pengganti basis data (basis data saat ini disimpan terpisah)</translation>
    </message>
    <message>
        <source>Install content &amp;pack…</source>
        <translation>Pasang paket &amp;isi…</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Tambah &amp;dokumen…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Periksa &amp;basis data</translation>
    </message>
    <message>
        <source>Check the database file for damage</source>
        <translation>Periksa berkas basis data dari kerusakan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <source>&amp;About Bali Desktop</source>
        <translation>&amp;Tentang Bali Desktop</translation>
    </message>
    <message>
        <source>Navigation and search</source>
        <translation>Navigasi dan pencarian</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Bilah menu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Bu&amp;ka</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>B&amp;utir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Ditandai</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Tandai</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Hapus penanda</translation>
    </message>
    <message>
        <source>Bookmark this item</source>
        <translation>Tandai butir ini</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Ditandai.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Penanda dihapus.</translation>
    </message>
    <message>
        <source>Open an item or choose a search result to add it to a checklist.</source>
        <translation>Buka sebuah butir atau pilih hasil pencarian untuk menambahkannya ke daftar periksa.</translation>
    </message>
    <message>
        <source>Text size {points} pt.</source>
        <translation>Ukuran teks {points} pt.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes at once</source>
        <translation>Bahasa jendela; langsung berubah</translation>
    </message>
    <message>
        <source>Install content pack</source>
        <translation>Pasang paket isi</translation>
    </message>
    <message>
        <source>Open at &amp;Home for the next officer</source>
        <translation>Buka di Be&amp;randa untuk petugas berikutnya</translation>
    </message>
    <message>
        <source>Start on Home with an empty search, not where the last officer left off</source>
        <translation>Mulai di Beranda dengan pencarian kosong, bukan di tempat petugas sebelumnya berhenti</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Bali Desktop</source>
        <translation>Bali Desktop</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Bali Desktop met an unexpected error ({error}). Nothing was deleted; you can carry on. The details were written to {log}.</source>
        <translation>Bali Desktop mengalami kesalahan tak terduga ({error}). Tidak ada yang terhapus; Anda dapat melanjutkan. Rinciannya dicatat di {log}.</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>Bali Desktop met an unexpected error ({error}). Nothing was changed.</source>
        <translation>Bali Desktop mengalami kesalahan tak terduga ({error}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database as it is now is kept aside in the backups folder first, so nothing is lost.</source>
        <translation>Pilih cadangan untuk menggantikan basis data. Basis data saat ini lebih dahulu disimpan di folder cadangan, jadi tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Cadangan, yang terbaru di atas</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Mencari cadangan…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Pilih &amp;berkas…</translation>
    </message>
    <message numerus="yes">
        <source>%n backups in {folder}.</source>
        <translation><numerusform>%n cadangan di {folder}.</numerusform></translation>
    </message>
    <message>
        <source>There are no backups yet; choose a file to restore instead.</source>
        <translation>Belum ada cadangan; pilih berkas yang akan dipulihkan.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db *.bak);;All files (*)</source>
        <translation>Basis data SQLite (*.sqlite3 *.sqlite *.db *.bak);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Cadangan dipulihkan.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Memeriksa basis data…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Periksa basis data</translation>
    </message>
</context>
<context>
    <name>banners</name>
    <message>
        <source>Problem with the library</source>
        <translation>Masalah pada pustaka</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Tutup pesan</translation>
    </message>
    <message>
        <source>Dismiss the problem message</source>
        <translation>Tutup pesan masalah</translation>
    </message>
    <message>
        <source>Hide this message. Your data stays as it is.</source>
        <translation>Sembunyikan pesan ini. Data Anda tetap seperti semula.</translation>
    </message>
</context>
<context>
    <name>checklist_types</name>
    <message>
        <source>Read each item, then do it, in order.</source>
        <translation>Baca setiap butir, lalu lakukan, secara berurutan.</translation>
    </message>
    <message>
        <source>Do the work from memory, then stop and confirm each item.</source>
        <translation>Kerjakan dari ingatan, lalu berhenti dan pastikan setiap butir.</translation>
    </message>
</context>
<context>
    <name>checklists.add_to_checklist</name>
    <message>
        <source>Added to a new checklist, “{title}” (saved). Checklists ({keys}) shows it.</source>
        <translation>Ditambahkan ke daftar periksa baru, “{title}” (tersimpan). Lihat di Daftar periksa ({keys}).</translation>
    </message>
    <message>
        <source>Added “{text}” to “{title}” (saved). Checklists ({keys}) shows it.</source>
        <translation>“{text}” ditambahkan ke “{title}” (tersimpan). Lihat di Daftar periksa ({keys}).</translation>
    </message>
</context>
<context>
    <name>checklists.dialogs</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation><numerusform>%n butir</numerusform></translation>
    </message>
    <message>
        <source>Add to checklist</source>
        <translation>Tambahkan ke daftar periksa</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search: e.g. biometrics, interpreter, Activity 15</source>
        <translation>Cari: mis. biometrik, juru bahasa, Activity 15</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambahkan</translation>
    </message>
    <message>
        <source>Adding {item}…</source>
        <translation>Menambahkan {item}…</translation>
    </message>
    <message>
        <source>Checklist to add to</source>
        <translation>Daftar periksa tujuan</translation>
    </message>
    <message>
        <source>The first row makes a new checklist.</source>
        <translation>Baris pertama membuat daftar periksa baru.</translation>
    </message>
    <message>
        <source>+  A new checklist</source>
        <translation>+  Daftar periksa baru</translation>
    </message>
    <message>
        <source>Title of a new checklist</source>
        <translation>Judul daftar periksa baru</translation>
    </message>
    <message>
        <source>Leave empty to name the new checklist after the item</source>
        <translation>Biarkan kosong agar daftar periksa baru diberi nama sesuai butirnya</translation>
    </message>
    <message>
        <source>Add “{item}” to:</source>
        <translation>Tambahkan “{item}” ke:</translation>
    </message>
    <message>
        <source>Adding {item}</source>
        <translation>Menambahkan {item}</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Daftar periksa:</translation>
    </message>
    <message>
        <source>&amp;Title of a new checklist:</source>
        <translation>&amp;Judul daftar periksa baru:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Add to the chosen checklist</source>
        <translation>Tambahkan ke daftar periksa yang dipilih</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The item is added at the end, with its source, and saved at once. Checklists ({keys}) shows it; Undo there takes it out again.</source>
        <translation>Butir ditambahkan di akhir, beserta sumbernya, dan langsung disimpan. Lihat di Daftar periksa ({keys}); Urungkan di sana mengeluarkannya lagi.</translation>
    </message>
    <message>
        <source>Handout pack</source>
        <translation>Paket materi</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Jalur rujukan</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Alat bantu</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Daftar periksa saya</translation>
    </message>
    <message>
        <source>Pack title</source>
        <translation>Judul paket</translation>
    </message>
    <message>
        <source>e.g. Identifying and referring victims of trafficking</source>
        <translation>mis. Mengidentifikasi dan merujuk korban perdagangan orang</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>as it should be printed, e.g. 12–14 March 2026</source>
        <translation>sebagaimana akan dicetak, mis. 12–14 Maret 2026</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Lokakarya:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>T&amp;anggal:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
</context>
<context>
    <name>checklists.editor</name>
    <message>
        <source>Edit title</source>
        <translation>Sunting judul</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Ubah jenis</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Sunting tujuan</translation>
    </message>
    <message>
        <source>Edit case field</source>
        <translation>Sunting kolom kasus</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>A named moment the list is run, with its own items.</source>
        <translation>Saat bernama ketika daftar dijalankan, dengan butir-butirnya sendiri.</translation>
    </message>
    <message>
        <source>Official text, printed word for word — {citation}</source>
        <translation>Teks resmi, dicetak kata demi kata — {citation}</translation>
    </message>
    <message>
        <source>Edit pause point</source>
        <translation>Sunting titik jeda</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Sunting butir</translation>
    </message>
    <message>
        <source>New item: start with a verb</source>
        <translation>Butir baru: mulailah dengan kata kerja</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tambah butir</translation>
    </message>
    <message>
        <source>Add pause point</source>
        <translation>Tambah titik jeda</translation>
    </message>
    <message>
        <source>New pause point</source>
        <translation>Titik jeda baru</translation>
    </message>
    <message>
        <source>when …</source>
        <translation>kapan …</translation>
    </message>
    <message>
        <source>Remove pause point</source>
        <translation>Hapus titik jeda</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Hapus butir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>Change contacts box</source>
        <translation>Ubah kotak kontak</translation>
    </message>
    <message>
        <source>Open or make a checklist first.</source>
        <translation>Buka atau buat daftar periksa terlebih dahulu.</translation>
    </message>
    <message>
        <source>Add to contacts box</source>
        <translation>Tambahkan ke kotak kontak</translation>
    </message>
    <message>
        <source>Added to the checklist.</source>
        <translation>Ditambahkan ke daftar periksa.</translation>
    </message>
</context>
<context>
    <name>checklists.editor_view</name>
    <message>
        <source>Checklist title</source>
        <translation>Judul daftar periksa</translation>
    </message>
    <message>
        <source>A title that states the objective</source>
        <translation>Judul yang menyatakan tujuannya</translation>
    </message>
    <message>
        <source>Checklist type</source>
        <translation>Jenis daftar periksa</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>What this checklist is for (optional)</source>
        <translation>Untuk apa daftar periksa ini (opsional)</translation>
    </message>
    <message>
        <source>Case reference label</source>
        <translation>Label nomor rujukan kasus</translation>
    </message>
    <message>
        <source>Printed as a field to fill in; never names</source>
        <translation>Dicetak sebagai kolom isian; jangan pernah nama orang</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Judu&amp;l:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Jeni&amp;s:</translation>
    </message>
    <message>
        <source>Ob&amp;jective:</source>
        <translation>Tu&amp;juan:</translation>
    </message>
    <message>
        <source>Case field:</source>
        <translation>Kolom kasus:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>T&amp;indakan:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>&amp;Why (small type):</source>
        <translation>&amp;Alasan (huruf kecil):</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tambah butir</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Tambah butir setelah yang dipilih (Insert)</translation>
    </message>
    <message>
        <source>Add pause point</source>
        <translation>Tambah titik jeda</translation>
    </message>
    <message>
        <source>A&amp;dd item</source>
        <translation>Ta&amp;mbah butir</translation>
    </message>
    <message>
        <source>Add pau&amp;se point</source>
        <translation>Tambah titik j&amp;eda</translation>
    </message>
    <message>
        <source>Add from li&amp;brary…</source>
        <translation>Tambah &amp;dari pustaka…</translation>
    </message>
    <message>
        <source>Add from library</source>
        <translation>Tambah dari pustaka</translation>
    </message>
    <message>
        <source>Search the library and add any item or official line</source>
        <translation>Cari di pustaka dan tambahkan butir atau kalimat resmi mana pun</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Hapus baris yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Naik</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation>Naikkan baris yang dipilih (Alt+Atas)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Turun</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>Turunkan baris yang dipilih (Alt+Bawah)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Roles in the contacts box</source>
        <translation>Peran dalam kotak kontak</translation>
    </message>
    <message>
        <source>Contacts box: tick the referral roles to print (filled from your national contacts, or left blank to write on).</source>
        <translation>Kotak kontak: centang peran rujukan yang akan dicetak (diisi dari kontak nasional Anda, atau dibiarkan kosong untuk ditulis tangan).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>P&amp;ause point name:</source>
        <translation>Nama t&amp;itik jeda:</translation>
    </message>
    <message>
        <source>&amp;When it is run:</source>
        <translation>K&amp;apan dijalankan:</translation>
    </message>
</context>
<context>
    <name>checklists.handout</name>
    <message>
        <source>Filter the sections</source>
        <translation>Saring bagian</translation>
    </message>
    <message>
        <source>Type to show only matching sections</source>
        <translation>Ketik untuk menampilkan hanya bagian yang cocok</translation>
    </message>
    <message>
        <source>Space ticks a section; Alt+Up and Alt+Down move it</source>
        <translation>Spasi mencentang sebuah bagian; Alt+Up dan Alt+Down memindahkannya</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Print the selected section earlier (Alt+Up)</source>
        <translation>Cetak bagian yang dipilih lebih awal (Alt+Up)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>&amp;Turunkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Print the selected section later (Alt+Down)</source>
        <translation>Cetak bagian yang dipilih lebih akhir (Alt+Down)</translation>
    </message>
    <message>
        <source>Show ticked &amp;only</source>
        <translation>&amp;Hanya yang dicentang</translation>
    </message>
    <message>
        <source>Show ticked only</source>
        <translation>Hanya yang dicentang</translation>
    </message>
    <message>
        <source>Show only the sections ticked, in the order they will print</source>
        <translation>Tampilkan hanya bagian yang dicentang, dalam urutan cetaknya</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Saring:</translation>
    </message>
    <message>
        <source>Tick the sections. They print in the order of this list: move a section up or down.</source>
        <translation>Centang bagian-bagiannya. Bagian dicetak dalam urutan daftar ini: pindahkan bagian ke atas atau ke bawah.</translation>
    </message>
</context>
<context>
    <name>checklists.list_panel</name>
    <message>
        <source>From a pathway</source>
        <translation>Dari jalur rujukan</translation>
    </message>
    <message>
        <source>From a decision aid</source>
        <translation>Dari alat bantu keputusan</translation>
    </message>
    <message>
        <source>From an Adelaide Strategy area</source>
        <translation>Dari bidang Adelaide Strategy</translation>
    </message>
    <message>
        <source>Saved checklists</source>
        <translation>Daftar periksa tersimpan</translation>
    </message>
    <message>
        <source>&amp;New ▾</source>
        <translation>Ba&amp;ru ▾</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>Daftar periksa baru</translation>
    </message>
    <message>
        <source>A new checklist: empty, or from a pathway, the aid or a strategy area</source>
        <translation>Daftar periksa baru: kosong, atau dari jalur rujukan, alat bantu, atau bidang strategi</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Gandakan</translation>
    </message>
    <message>
        <source>Duplicate checklist</source>
        <translation>Gandakan daftar periksa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete checklist</source>
        <translation>Hapus daftar periksa</translation>
    </message>
    <message>
        <source>Delete this checklist (Undo delete brings it back)</source>
        <translation>Hapus daftar periksa ini (Urungkan hapus mengembalikannya)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Urungkan hapus</translation>
    </message>
    <message>
        <source>Handout &amp;pack…</source>
        <translation>&amp;Paket materi…</translation>
    </message>
    <message>
        <source>Handout pack</source>
        <translation>Paket materi</translation>
    </message>
    <message>
        <source>Several pathways, areas, guides and checklists in one PDF with a cover and contents</source>
        <translation>Beberapa jalur rujukan, bidang, panduan, dan daftar periksa dalam satu PDF dengan sampul dan daftar isi</translation>
    </message>
    <message>
        <source>Your checklists</source>
        <translation>Daftar periksa Anda</translation>
    </message>
    <message>
        <source>Empty checklist</source>
        <translation>Daftar periksa kosong</translation>
    </message>
</context>
<context>
    <name>checklists.output</name>
    <message>
        <source> Some characters are not in the PDF fonts and will not print as written.</source>
        <translation> Beberapa karakter tidak ada dalam fon PDF dan tidak akan tercetak sebagaimana ditulis.</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Cetak dan ekspor</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Versi cetak besar</translation>
    </message>
    <message>
        <source>Bigger type and fewer items per page</source>
        <translation>Huruf lebih besar dan lebih sedikit butir per halaman</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Eksp&amp;or PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Save this checklist as a PDF</source>
        <translation>Simpan daftar periksa ini sebagai PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Print this checklist</source>
        <translation>Cetak daftar periksa ini</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Buka PD&amp;F</translation>
    </message>
    <message>
        <source>Open the exported PDF</source>
        <translation>Buka PDF hasil ekspor</translation>
    </message>
    <message>
        <source>Open the last exported PDF with the system&apos;s viewer</source>
        <translation>Buka PDF terakhir yang diekspor dengan penampil sistem</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Pratinjau halaman pertama</translation>
    </message>
    <message>
        <source>Make or choose a checklist.</source>
        <translation>Buat atau pilih daftar periksa.</translation>
    </message>
    <message>
        <source>Preparing a preview of the first page…</source>
        <translation>Menyiapkan pratinjau halaman pertama…</translation>
    </message>
    <message>
        <source>A preview needs poppler&apos;s pdftoppm. Export the PDF and open it instead.</source>
        <translation>Pratinjau memerlukan pdftoppm dari poppler. Ekspor PDF-nya lalu buka.</translation>
    </message>
    <message>
        <source>First page, as it will print</source>
        <translation>Halaman pertama, sebagaimana akan dicetak</translation>
    </message>
    <message>
        <source>Export checklist as PDF</source>
        <translation>Ekspor daftar periksa sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Building the handout pack…</source>
        <translation>Menyusun paket materi…</translation>
    </message>
    <message>
        <source>Exporting the PDF…</source>
        <translation>Mengekspor PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Saved the handout pack (%n pages) to {path}.</source>
        <translation><numerusform>Paket materi (%n halaman) tersimpan di {path}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved the checklist (%n pages) to {path}.</source>
        <translation><numerusform>Daftar periksa (%n halaman) tersimpan di {path}.</numerusform></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} tersimpan.</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>Tidak ada penampil PDF yang dapat membuka {path}.</translation>
    </message>
    <message>
        <source>Export handout pack as PDF</source>
        <translation>Ekspor paket materi sebagai PDF</translation>
    </message>
    <message>
        <source>Printing needs poppler&apos;s pdftoppm here: export the PDF and print it from your PDF viewer.</source>
        <translation>Pencetakan di sini memerlukan pdftoppm dari poppler: ekspor PDF-nya dan cetak dari penampil PDF Anda.</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Cetak daftar periksa</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Menyiapkan halaman untuk pencetak…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation><numerusform>%n halaman dikirim ke pencetak.</numerusform></translation>
    </message>
    <message>
        <source>Sent the pages to the printer.</source>
        <translation>Halaman dikirim ke pencetak.</translation>
    </message>
    <message>
        <source>Some of the text will not print as written.</source>
        <translation>Sebagian teks tidak akan tercetak sebagaimana ditulis.</translation>
    </message>
    <message>
        <source>Characters the PDF cannot print</source>
        <translation>Karakter yang tidak dapat dicetak PDF</translation>
    </message>
    <message>
        <source>Handout pack</source>
        <translation>Paket materi</translation>
    </message>
</context>
<context>
    <name>checklists.page</name>
    <message>
        <source>Checklists</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Your checklist</source>
        <translation>Daftar periksa Anda</translation>
    </message>
    <message>
        <source>Checklist editor</source>
        <translation>Penyunting daftar periksa</translation>
    </message>
    <message>
        <source>Saved a new checklist: {title}.</source>
        <translation>Daftar periksa baru tersimpan: {title}.</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo delete brings it back.</source>
        <translation>“{title}” dihapus. Urungkan hapus mengembalikannya.</translation>
    </message>
    <message>
        <source>Restored “{title}”.</source>
        <translation>“{title}” dipulihkan.</translation>
    </message>
</context>
<context>
    <name>checklists.tree</name>
    <message>
        <source>Pause points and items</source>
        <translation>Titik jeda dan butir</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected row; Delete removes it.</source>
        <translation>Alt+Atas dan Alt+Bawah memindahkan baris yang dipilih; Delete menghapusnya.</translation>
    </message>
    <message>
        <source>  ·  when: {when}</source>
        <translation>  ·  kapan: {when}</translation>
    </message>
</context>
<context>
    <name>contacts_page</name>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>Kontak Anda</translation>
    </message>
    <message>
        <source>National contacts by referral role</source>
        <translation>Kontak nasional menurut peran rujukan</translation>
    </message>
    <message>
        <source>Role / organisation</source>
        <translation>Peran / organisasi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam layanan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Referral role</source>
        <translation>Peran rujukan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>e.g. National anti-trafficking police unit</source>
        <translation>mis. Unit kepolisian nasional penanganan TPPO</translation>
    </message>
    <message>
        <source>digits, spaces, + - ( ) only</source>
        <translation>hanya angka, spasi, + - ( )</translation>
    </message>
    <message>
        <source>e.g. 24 hours, or Mon–Fri 08:00–17:00</source>
        <translation>mis. 24 jam, atau Sen–Jum 08.00–17.00</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>e.g. ask for the duty officer</source>
        <translation>mis. minta bicara dengan petugas piket</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation>Masalah pada kontak</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>T&amp;ambah kontak</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Tambah kontak</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Ba&amp;ru</translation>
    </message>
    <message>
        <source>Start a new contact</source>
        <translation>Mulai kontak baru</translation>
    </message>
    <message>
        <source>&amp;Edit selected</source>
        <translation>&amp;Sunting yang dipilih</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Sunting kontak yang dipilih</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Hapus yang dipilih…</translation>
    </message>
    <message>
        <source>Remove the selected contact</source>
        <translation>Hapus kontak yang dipilih</translation>
    </message>
    <message>
        <source>Asks first; can be undone</source>
        <translation>Bertanya dahulu; dapat diurungkan</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Urungkan hapus</translation>
    </message>
    <message>
        <source>Bring back the contact just removed</source>
        <translation>Kembalikan kontak yang baru dihapus</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasi</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>T&amp;elepon</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>&amp;Jam layanan</translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation>Ne&amp;gara</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>National contacts</source>
        <translation>Kontak nasional</translation>
    </message>
    <message>
        <source>Bali Desktop ships no phone numbers: enter the agencies and numbers of your country for each referral role. Pathways and printed checklists show them. Kept on this computer only.</source>
        <translation>Bali Desktop tidak menyertakan nomor telepon: masukkan instansi dan nomor di negara Anda untuk setiap peran rujukan. Jalur rujukan dan daftar periksa cetak akan menampilkannya. Hanya disimpan di komputer ini.</translation>
    </message>
    <message>
        <source>Your contact is not saved yet: {reason}</source>
        <translation>Kontak Anda belum tersimpan: {reason}</translation>
    </message>
    <message>
        <source> (with consent only)</source>
        <translation> (hanya dengan persetujuan)</translation>
    </message>
    <message>
        <source>  — no contact yet</source>
        <translation>  — belum ada kontak</translation>
    </message>
    <message>
        <source>{organisation} (from the content pack {pack})</source>
        <translation>{organisation} (dari paket isi {pack})</translation>
    </message>
    <message>
        <source>From a content pack; it goes when the pack is removed.</source>
        <translation>Dari paket isi; akan hilang bila paketnya dilepas.</translation>
    </message>
    <message>
        <source>Select a contact in the list first.</source>
        <translation>Pilih kontak di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontak tersimpan.</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Kontak ditambahkan.</translation>
    </message>
    <message>
        <source>The contact is back.</source>
        <translation>Kontak sudah kembali.</translation>
    </message>
    <message>
        <source>Remove this contact?</source>
        <translation>Hapus kontak ini?</translation>
    </message>
    <message>
        <source>Remove “{name}” from {role}?

Pathways and printed checklists will no longer show it. Undo remove brings it back.</source>
        <translation>Hapus “{name}” dari {role}?

Jalur rujukan dan daftar periksa cetak tidak akan menampilkannya lagi. Urungkan hapus mengembalikannya.</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Hapus kontak</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>Contact removed. Undo remove brings it back.</source>
        <translation>Kontak dihapus. Urungkan hapus mengembalikannya.</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>The content shipped with this version of Bali Desktop could not be loaded, so the content loaded before is shown instead; it may be out of date. Your bookmarks, notes, contacts and checklists are safe: nothing was changed or deleted. Installing Bali Desktop again should fix this.</source>
        <translation>Isi yang disertakan dalam versi Bali Desktop ini tidak dapat dimuat, jadi yang ditampilkan adalah isi yang dimuat sebelumnya; mungkin sudah tidak mutakhir. Penanda, catatan, kontak, dan daftar periksa Anda aman: tidak ada yang diubah atau dihapus. Memasang ulang Bali Desktop semestinya memperbaiki hal ini.</translation>
    </message>
    <message>
        <source> Details: {detail}</source>
        <translation> Rincian: {detail}</translation>
    </message>
    <message>
        <source>Bali Desktop could not open its library, so there is nothing to show. {what} Your data is safe: nothing in {folder} was deleted.</source>
        <translation>Bali Desktop tidak dapat membuka pustakanya, jadi tidak ada yang dapat ditampilkan. {what} Data Anda aman: tidak ada yang dihapus di {folder}.</translation>
    </message>
    <message>
        <source>Bali Desktop</source>
        <translation>Bali Desktop</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Bali Desktop met an unexpected error ({error}). Nothing was deleted. The details were written to the log file.</source>
        <translation>Bali Desktop mengalami kesalahan tak terduga ({error}). Tidak ada yang terhapus. Rinciannya dicatat di berkas log.</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>the person may be under 18</source>
        <translation>orang tersebut mungkin berusia di bawah 18 tahun</translation>
    </message>
    <message>
        <source>the person fears return or asks for protection</source>
        <translation>orang tersebut takut dipulangkan atau meminta perlindungan</translation>
    </message>
    <message>
        <source>the person may be stateless</source>
        <translation>orang tersebut mungkin tidak berkewarganegaraan</translation>
    </message>
    <message>
        <source>there are signs of trafficking</source>
        <translation>ada tanda-tanda perdagangan orang</translation>
    </message>
    <message>
        <source>the person refuses referral</source>
        <translation>orang tersebut menolak dirujuk</translation>
    </message>
    <message>
        <source>a controller or escort is present</source>
        <translation>ada pengendali atau pengawal</translation>
    </message>
    <message>
        <source>no interpreter can be found</source>
        <translation>tidak ada juru bahasa yang dapat ditemukan</translation>
    </message>
    <message>
        <source>a parent or usual caregiver is confirmed and there is no other concern</source>
        <translation>orang tua atau pengasuh tetapnya sudah dipastikan dan tidak ada kekhawatiran lain</translation>
    </message>
    <message>
        <source>the person is a national of your country coming home</source>
        <translation>orang tersebut adalah warga negara Anda yang pulang</translation>
    </message>
</context>
<context>
    <name>flowchart_page</name>
    <message>
        <source>Flow chart</source>
        <translation>Diagram alur</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Perbesaran</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Jalur rujukan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Perbesar (+ atau Ctrl+roda)</translation>
    </message>
    <message>
        <source>Zoom &amp;out (−)</source>
        <translation>Perke&amp;cil (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation>Perkecil (- atau Ctrl+roda)</translation>
    </message>
    <message>
        <source>Zoom i&amp;n (+)</source>
        <translation>P&amp;erbesar (+)</translation>
    </message>
    <message>
        <source>The pathway drawn as a flow chart. Tab goes from box to box and Enter opens one; plus and minus zoom, 0 fits the chart to the window, arrow keys scroll.</source>
        <translation>Jalur rujukan yang digambar sebagai diagram alur. Tab berpindah dari kotak ke kotak dan Enter membuka kotak; plus dan minus memperbesar dan memperkecil, 0 menyesuaikan diagram dengan jendela, tombol panah menggulir.</translation>
    </message>
    <message>
        <source>Box {n} of {count}: {text}. Enter opens it.</source>
        <translation>Kotak {n} dari {count}: {text}. Enter membukanya.</translation>
    </message>
    <message>
        <source>Fi&amp;t (0)</source>
        <translation>&amp;Sesuaikan (0)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Sesuaikan dengan jendela</translation>
    </message>
    <message>
        <source>Show the whole chart (0)</source>
        <translation>Tampilkan seluruh diagram (0)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Ukuran &amp;asli</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Ukuran asli</translation>
    </message>
    <message>
        <source>&amp;Steps (F4)</source>
        <translation>&amp;Langkah (F4)</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Tampilkan langkah-langkah</translation>
    </message>
    <message>
        <source>Back to the pathway&apos;s steps</source>
        <translation>Kembali ke langkah-langkah jalur rujukan</translation>
    </message>
</context>
<context>
    <name>flowchart_scene</name>
    <message>
        <source>Double-click, or Tab to it and press Enter, to open</source>
        <translation>Klik dua kali, atau Tab ke sana lalu tekan Enter, untuk membuka</translation>
    </message>
    <message>
        <source>Numbers match the steps of the pathway. Double-click a box, or Tab to it and press Enter, to open it.</source>
        <translation>Nomor sesuai dengan langkah jalur rujukan. Klik dua kali sebuah kotak, atau Tab ke sana lalu tekan Enter, untuk membukanya.</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>langkah {number}</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <source>Ctrl+K, Ctrl+F or /</source>
        <translation>Ctrl+K, Ctrl+F atau /</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Cari di semua isi</translation>
    </message>
    <message>
        <source>In search: choose a result, open it, clear the search</source>
        <translation>Dalam pencarian: pilih hasil, buka, kosongkan pencarian</translation>
    </message>
    <message>
        <source>Back, forward</source>
        <translation>Kembali, maju</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Places: Home, Pathways, Guides, Strategy, Who&apos;s who, Timeline, Sources, Checklists, Contacts; Notes &amp; bookmarks</source>
        <translation>Tempat: Beranda, Jalur rujukan, Panduan, Strategi, Para pihak, Lini masa, Sumber, Daftar periksa, Kontak; Catatan &amp; penanda</translation>
    </message>
    <message>
        <source>Bookmark this item</source>
        <translation>Tandai butir ini</translation>
    </message>
    <message>
        <source>Write a note on this item</source>
        <translation>Tulis catatan pada butir ini</translation>
    </message>
    <message>
        <source>A pathway&apos;s steps, its walk-through, its flow chart</source>
        <translation>Langkah jalur rujukan, penelusurannya, diagram alurnya</translation>
    </message>
    <message>
        <source>Phrase cards for the person in front of you (←, → change card; Ctrl+R read aloud; Esc leave)</source>
        <translation>Kartu frasa untuk orang di hadapan Anda (←, → ganti kartu; Ctrl+R bacakan; Esc keluar)</translation>
    </message>
    <message>
        <source>Make a checklist from this pathway</source>
        <translation>Buat daftar periksa dari jalur rujukan ini</translation>
    </message>
    <message>
        <source>Add this item, or the chosen search result, to a checklist</source>
        <translation>Tambahkan butir ini, atau hasil pencarian yang dipilih, ke daftar periksa</translation>
    </message>
    <message>
        <source>Walk-through: done, not applicable, back</source>
        <translation>Penelusuran: selesai, tidak berlaku, kembali</translation>
    </message>
    <message>
        <source>Flow chart: zoom in, zoom out, zoom, fit</source>
        <translation>Diagram alur: perbesar, perkecil, perbesaran, sesuaikan</translation>
    </message>
    <message>
        <source>Larger, smaller, normal text</source>
        <translation>Teks lebih besar, lebih kecil, normal</translation>
    </message>
    <message>
        <source>Full screen (for a projector)</source>
        <translation>Layar penuh (untuk proyektor)</translation>
    </message>
    <message>
        <source>Open a menu: every action is in the menus</source>
        <translation>Buka menu: setiap tindakan ada di menu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>belum dimuat</translation>
    </message>
    <message>
        <source>content {version}</source>
        <translation>isi {version}</translation>
    </message>
    <message>
        <source>An offline reference for officials of the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime.</source>
        <translation>Rujukan luring bagi pejabat Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime.</translation>
    </message>
    <message>
        <source>Official text is quoted word for word with its source. Pathways, summaries and guidance are written for Bali Desktop and are not official Bali Process text.</source>
        <translation>Teks resmi dikutip kata demi kata beserta sumbernya. Jalur rujukan, ringkasan, dan panduan ditulis untuk Bali Desktop dan bukan teks resmi Bali Process.</translation>
    </message>
    <message>
        <source>The program never connects to a network.</source>
        <translation>Program ini tidak pernah tersambung ke jaringan.</translation>
    </message>
    <message>
        <source>About Bali Desktop</source>
        <translation>Tentang Bali Desktop</translation>
    </message>
</context>
<context>
    <name>home_page</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>What is in front of you?</source>
        <translation>Apa yang Anda hadapi?</translation>
    </message>
    <message>
        <source>Pick the situation to see what to do, in order. Or press Ctrl+K and type two words.</source>
        <translation>Pilih situasinya untuk melihat apa yang harus dilakukan, secara berurutan. Atau tekan Ctrl+K dan ketik dua kata.</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Membuka pustaka…</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>Status pustaka</translation>
    </message>
    <message>
        <source>Recent items</source>
        <translation>Butir terakhir dibuka</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Penanda</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Terakhir dibuka</translation>
    </message>
    <message>
        <source>The library could not be opened: {error}</source>
        <translation>Pustaka tidak dapat dibuka: {error}</translation>
    </message>
    <message>
        <source>No pathways are installed.</source>
        <translation>Tidak ada jalur rujukan yang terpasang.</translation>
    </message>
    <message>
        <source>Nothing opened yet.</source>
        <translation>Belum ada yang dibuka.</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on any item.</source>
        <translation>Belum ada penanda: tekan Ctrl+D pada butir mana pun.</translation>
    </message>
</context>
<context>
    <name>item_html</name>
    <message>
        <source>Key points (our summary)</source>
        <translation>Pokok-pokok (ringkasan kami)</translation>
    </message>
    <message>
        <source>Where these facts come from:</source>
        <translation>Asal fakta-fakta ini:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Smuggling of migrants</source>
        <translation>Penyelundupan migran</translation>
    </message>
    <message>
        <source>Trafficking in persons</source>
        <translation>Perdagangan orang</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Ingat</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Berdasarkan:</translation>
    </message>
    <message>
        <source>Your national contacts</source>
        <translation>Kontak nasional Anda</translation>
    </message>
    <message>
        <source>Edit contacts</source>
        <translation>Sunting kontak</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Bagian dari:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source> (paragraph {n} of the source text)</source>
        <translation> (paragraf {n} dari teks sumber)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Berdasarkan</translation>
    </message>
    <message>
        <source>Follow the link to read it in the document.</source>
        <translation>Ikuti tautannya untuk membacanya di dalam dokumen.</translation>
    </message>
    <message>
        <source>year not confirmed</source>
        <translation>tahun belum dipastikan</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Kegunaannya</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Disusun oleh</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source> (from the content pack {pack})</source>
        <translation> (dari paket isi {pack})</translation>
    </message>
    <message>
        <source>National contacts from content packs</source>
        <translation>Kontak nasional dari paket isi</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your national contacts:&lt;/b&gt; none entered yet. &lt;a href=&apos;place:contacts&apos;&gt;Add a contact for this role&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kontak nasional Anda:&lt;/b&gt; belum ada yang dimasukkan. &lt;a href=&apos;place:contacts&apos;&gt;Tambahkan kontak untuk peran ini&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam layanan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Activities and commitments under it</source>
        <translation>Kegiatan dan komitmen di bawahnya</translation>
    </message>
    <message>
        <source>The principles</source>
        <translation>Prinsip-prinsipnya</translation>
    </message>
    <message>
        <source>Its lines</source>
        <translation>Garis-garisnya</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Your own document, added with Add document; not Bali Process text.</source>
        <translation>Dokumen Anda sendiri, ditambahkan lewat Tambah dokumen; bukan teks Bali Process.</translation>
    </message>
    <message numerus="yes">
        <source>File: {file}, %n pages.</source>
        <translation><numerusform>Berkas: {file}, %n halaman.</numerusform></translation>
    </message>
    <message>
        <source>A document of a content pack, published by {publisher}; not Bali Process text.</source>
        <translation>Dokumen dari paket isi, diterbitkan oleh {publisher}; bukan teks Bali Process.</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Pathway</source>
        <translation>Jalur rujukan</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Jalur rujukan</translation>
    </message>
    <message>
        <source>Decision aid</source>
        <translation>Alat bantu keputusan</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>Alat bantu keputusan</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>Guides and tool kits</source>
        <translation>Panduan dan perangkat kerja</translation>
    </message>
    <message>
        <source>Area of cooperation</source>
        <translation>Bidang kerja sama</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Bidang kerja sama</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Commitments and activities</source>
        <translation>Komitmen dan kegiatan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>2017 Strategy objective</source>
        <translation>Tujuan Strategi 2017</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Prinsip</translation>
    </message>
    <message>
        <source>RCF principles</source>
        <translation>Prinsip RCF</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Passages of official documents</source>
        <translation>Kutipan dokumen resmi</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Groups and working groups</source>
        <translation>Kelompok dan kelompok kerja</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Lini masa</translation>
    </message>
    <message>
        <source>Referral role</source>
        <translation>Peran rujukan</translation>
    </message>
    <message>
        <source>Referral roles</source>
        <translation>Peran rujukan</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Dokumen sumber</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Dokumen sumber</translation>
    </message>
    <message>
        <source>Phrase cards</source>
        <translation>Kartu frasa</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Guidance — not official Bali Process text</source>
        <translation>Panduan — bukan teks resmi Bali Process</translation>
    </message>
    <message>
        <source>Summary written for Bali Desktop from the source named below — not official Bali Process text</source>
        <translation>Ringkasan yang ditulis untuk Bali Desktop dari sumber yang disebut di bawah — bukan teks resmi Bali Process</translation>
    </message>
    <message>
        <source>Official text, quoted word for word</source>
        <translation>Teks resmi (bahasa Inggris), dikutip kata demi kata</translation>
    </message>
    <message>
        <source>Short title written for Bali Desktop; the quotation below is the official text.</source>
        <translation>Judul singkat ditulis untuk Bali Desktop; kutipan di bawah adalah teks resminya.</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>The window now speaks {language}.</source>
        <translation>Jendela kini menggunakan {language}.</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Link: Enter opens it</source>
        <translation>Tautan: tekan Enter untuk membukanya</translation>
    </message>
    <message>
        <source>Link: Tab to it, Enter opens it</source>
        <translation>Tautan: tekan Tab untuk menuju ke sana, lalu Enter untuk membukanya</translation>
    </message>
</context>
<context>
    <name>listing</name>
    <message>
        <source>Guides and tool kits</source>
        <translation>Panduan dan perangkat kerja</translation>
    </message>
    <message>
        <source>What each guide is, who made it, for whom, and its key points in our words. {guidance}: summaries written for Bali Desktop. Enter opens a guide.</source>
        <translation>Apa setiap panduan, siapa penyusunnya, untuk siapa, dan pokok-pokoknya dalam kata-kata kami. {guidance}: ringkasan yang ditulis untuk Bali Desktop. Enter membuka panduan.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Disusun oleh</translation>
    </message>
    <message>
        <source>Filter guides by words in the title or producer…</source>
        <translation>Saring panduan menurut kata dalam judul atau penyusun…</translation>
    </message>
    <message>
        <source>Filter {what}</source>
        <translation>Saring {what}</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Kosongkan saringan</translation>
    </message>
    <message>
        <source>Strategy and commitments</source>
        <translation>Strategi dan komitmen</translation>
    </message>
    <message>
        <source>Official text, quoted word for word, each with its source and number. Enter opens an item; its citation opens the source document at the paragraph.</source>
        <translation>Teks resmi, dikutip kata demi kata, masing-masing dengan sumber dan nomornya. Enter membuka butir; kutipannya membuka dokumen sumber pada paragrafnya.</translation>
    </message>
    <message>
        <source>Filter by words in a title…</source>
        <translation>Saring menurut kata dalam judul…</translation>
    </message>
    <message>
        <source>Timeline 2002–2023</source>
        <translation>Lini masa 2002–2023</translation>
    </message>
    <message>
        <source>Events as the sources record them. Enter opens an event with its source.</source>
        <translation>Peristiwa sebagaimana dicatat sumber. Enter membuka peristiwa beserta sumbernya.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Filter by year or words, e.g. 2016, ministerial, Andaman…</source>
        <translation>Saring menurut tahun atau kata, mis. 2016, ministerial, Andaman…</translation>
    </message>
    <message>
        <source>Who&apos;s who</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <source>The members and observers of the Bali Process as the sources list them, and the groups that do its work. Enter opens an entry.</source>
        <translation>Anggota dan peninjau Bali Process sebagaimana tercantum dalam sumber, serta kelompok-kelompok yang menjalankan kerjanya. Enter membuka entri.</translation>
    </message>
    <message>
        <source>Filter by name, e.g. Viet Nam, Türkiye, working group…</source>
        <translation>Saring menurut nama, mis. Viet Nam, Türkiye, working group…</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Bali Desktop</source>
        <translation>Bali Desktop</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Cannot open {location}.</source>
        <translation>Tidak dapat membuka {location}.</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>sebuah catatan</translation>
    </message>
    <message>
        <source>checklist edits</source>
        <translation>suntingan daftar periksa</translation>
    </message>
    <message>
        <source>walk-through ticks</source>
        <translation>centang penelusuran</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>sebuah kontak</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>Some of your work ({what}) could not be saved.</source>
        <translation>Sebagian pekerjaan Anda ({what}) tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Belum tersimpan</translation>
    </message>
    <message>
        <source>If you close now, it is lost. Keep the window open, free some space or close the other program, then close again: it is saved then.</source>
        <translation>Jika Anda menutup sekarang, pekerjaan itu hilang. Biarkan jendela terbuka, kosongkan sebagian ruang atau tutup program lain, lalu tutup lagi: saat itu pekerjaan tersimpan.</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Biarkan jendela terbuka</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>Tutup &amp;tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>mine_page</name>
    <message>
        <source>Notes &amp; bookmarks</source>
        <translation>Catatan &amp; penanda</translation>
    </message>
    <message>
        <source>Your notes, bookmarks and recent items</source>
        <translation>Catatan, penanda, dan butir terakhir Anda</translation>
    </message>
    <message>
        <source>Kept on this computer, apart from the shipped content: a content update never removes them. Enter opens an item.</source>
        <translation>Disimpan di komputer ini, terpisah dari isi bawaan: pembaruan isi tidak pernah menghapusnya. Enter membuka butir.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Penanda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Recent items</source>
        <translation>Butir terakhir dibuka</translation>
    </message>
    <message>
        <source>Bookmarks (Ctrl+D)</source>
        <translation>Penanda (Ctrl+D)</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Terakhir dibuka</translation>
    </message>
    <message>
        <source>Notes (Ctrl+E on an item)</source>
        <translation>Catatan (Ctrl+E pada butir)</translation>
    </message>
    <message>
        <source>Walk-through records</source>
        <translation>Catatan penelusuran</translation>
    </message>
    <message>
        <source>Walk-throughs record only ticks and times. Wipe them all at the end of a shift or before handing the computer on.</source>
        <translation>Penelusuran hanya mencatat centang dan waktu. Hapus semuanya di akhir giliran tugas atau sebelum komputer diserahkan kepada orang lain.</translation>
    </message>
    <message>
        <source>Wipe all walk-through ticks…</source>
        <translation>Hapus semua centang penelusuran…</translation>
    </message>
    <message>
        <source>Wipe all walk-through ticks</source>
        <translation>Hapus semua centang penelusuran</translation>
    </message>
    <message>
        <source>Erase the ticks and times of every pathway (asks first; can be undone)</source>
        <translation>Hapus centang dan waktu di setiap jalur rujukan (bertanya dahulu; dapat diurungkan)</translation>
    </message>
    <message>
        <source>Undo wipe</source>
        <translation>Urungkan penghapusan</translation>
    </message>
    <message>
        <source>Keep the walk-through ticks after all</source>
        <translation>Tetap simpan centang penelusuran</translation>
    </message>
    <message>
        <source>No bookmarks yet.</source>
        <translation>Belum ada penanda.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Belum ada catatan.</translation>
    </message>
    <message>
        <source>Nothing opened yet.</source>
        <translation>Belum ada yang dibuka.</translation>
    </message>
    <message>
        <source>Wipe all walk-through ticks?</source>
        <translation>Hapus semua centang penelusuran?</translation>
    </message>
    <message>
        <source>Erase the ticks and times recorded in the walk-throughs of every pathway?

Do this at the end of a shift or before handing the computer on. You can undo it until you leave this screen. Notes, bookmarks, contacts and checklists stay.</source>
        <translation>Hapus centang dan waktu yang tercatat dalam penelusuran setiap jalur rujukan?

Lakukan ini di akhir giliran tugas atau sebelum komputer diserahkan kepada orang lain. Anda dapat mengurungkannya sampai meninggalkan layar ini. Catatan, penanda, kontak, dan daftar periksa tetap ada.</translation>
    </message>
    <message>
        <source>Wipe all ticks</source>
        <translation>Hapus semua centang</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>All walk-through ticks will be wiped when you leave this screen. Undo wipe keeps them.</source>
        <translation>Semua centang penelusuran akan dihapus saat Anda meninggalkan layar ini. Urungkan penghapusan akan menyimpannya.</translation>
    </message>
    <message>
        <source>The walk-through ticks are kept.</source>
        <translation>Centang penelusuran tetap disimpan.</translation>
    </message>
</context>
<context>
    <name>national_steps</name>
    <message>
        <source>In {country}</source>
        <translation>Di {country}</translation>
    </message>
    <message>
        <source>National procedure, from the content pack {pack}</source>
        <translation>Prosedur nasional, dari paket isi {pack}</translation>
    </message>
    <message>
        <source>Say: {words}</source>
        <translation>Ucapkan: {words}</translation>
    </message>
    <message>
        <source>National procedure</source>
        <translation>Prosedur nasional</translation>
    </message>
</context>
<context>
    <name>pack_dialog</name>
    <message>
        <source>Publisher: {publisher}</source>
        <translation>Penerbit: {publisher}</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Sidik kunci: {fingerprint}</translation>
    </message>
    <message>
        <source>Pack: {id}, version {version}</source>
        <translation>Paket: {id}, versi {version}</translation>
    </message>
    <message>
        <source>Country: {country}; languages: {languages}</source>
        <translation>Negara: {country}; bahasa: {languages}</translation>
    </message>
    <message>
        <source>Built: {created}</source>
        <translation>Dibuat: {created}</translation>
    </message>
    <message>
        <source>What installing changes:</source>
        <translation>Yang berubah bila dipasang:</translation>
    </message>
    <message>
        <source>Items: {added} added, {changed} changed, {removed} removed</source>
        <translation>Butir: {added} ditambahkan, {changed} diubah, {removed} dihapus</translation>
    </message>
    <message>
        <source>National contacts: {n}</source>
        <translation>Kontak nasional: {n}</translation>
    </message>
    <message>
        <source>National steps in pathways: {n}</source>
        <translation>Langkah nasional dalam jalur rujukan: {n}</translation>
    </message>
    <message>
        <source>Translations: {n}</source>
        <translation>Terjemahan: {n}</translation>
    </message>
    <message>
        <source>PDF documents: {n}</source>
        <translation>Dokumen PDF: {n}</translation>
    </message>
    <message>
        <source>Replaces version {version}, which is kept so it can be put back.</source>
        <translation>Menggantikan versi {version}, yang tetap disimpan agar dapat dipasang kembali.</translation>
    </message>
    <message>
        <source>A backup is made first. Your own notes, contacts and checklists are not changed.</source>
        <translation>Cadangan dibuat terlebih dahulu. Catatan, kontak, dan daftar periksa Anda sendiri tidak diubah.</translation>
    </message>
    <message>
        <source>Install content pack</source>
        <translation>Pasang paket isi</translation>
    </message>
    <message>
        <source>A content pack from your national authority adds its own steps, contacts, translations and documents. It is installed only if it is signed by a publisher you trust and nothing in it was changed.</source>
        <translation>Paket isi dari otoritas nasional Anda menambahkan langkah, kontak, terjemahan, dan dokumennya sendiri. Paket hanya dipasang jika ditandatangani oleh penerbit yang Anda percayai dan tidak ada isinya yang diubah.</translation>
    </message>
    <message>
        <source>Packs in the folder</source>
        <translation>Paket di dalam folder</translation>
    </message>
    <message>
        <source>Choose a pack file, or a folder of packs.</source>
        <translation>Pilih berkas paket, atau folder berisi paket.</translation>
    </message>
    <message>
        <source>About the pack</source>
        <translation>Tentang paket</translation>
    </message>
    <message>
        <source>Choose a &amp;pack…</source>
        <translation>Pilih &amp;paket…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Pilih &amp;folder…</translation>
    </message>
    <message>
        <source>Trust a publisher &amp;key…</source>
        <translation>Percayai &amp;kunci penerbit…</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Pasang</translation>
    </message>
    <message>
        <source>Choose a content pack</source>
        <translation>Pilih paket isi</translation>
    </message>
    <message>
        <source>Content packs (*.zip);;All files (*)</source>
        <translation>Paket isi (*.zip);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose a folder of packs</source>
        <translation>Pilih folder berisi paket</translation>
    </message>
    <message>
        <source>Choose your authority&apos;s public key</source>
        <translation>Pilih kunci publik otoritas Anda</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Kunci publik (*.pub);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Trust this publisher?</source>
        <translation>Percayai penerbit ini?</translation>
    </message>
    <message>
        <source>Key: {label}
Fingerprint: {fingerprint}

Compare the fingerprint with the one your authority gave you (by phone or on paper). Trust packs signed with this key?</source>
        <translation>Kunci: {label}
Sidik: {fingerprint}

Bandingkan sidik ini dengan yang diberikan otoritas Anda (lewat telepon atau di atas kertas). Percayai paket yang ditandatangani dengan kunci ini?</translation>
    </message>
    <message>
        <source>Trusted: {label} ({fingerprint}). Now choose the pack.</source>
        <translation>Dipercaya: {label} ({fingerprint}). Sekarang pilih paketnya.</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Memeriksa paket…</translation>
    </message>
    <message>
        <source>Looking for packs in the folder…</source>
        <translation>Mencari paket di dalam folder…</translation>
    </message>
    <message>
        <source>No pack in that folder is newer than what is installed and from a trusted publisher.</source>
        <translation>Tidak ada paket di folder itu yang lebih baru daripada yang terpasang dan berasal dari penerbit tepercaya.</translation>
    </message>
    <message>
        <source>Making a backup, then installing…</source>
        <translation>Membuat cadangan, lalu memasang…</translation>
    </message>
    <message>
        <source>Installed {id} {version} from {publisher}.</source>
        <translation>{id} {version} dari {publisher} telah dipasang.</translation>
    </message>
    <message>
        <source>Add a PDF document</source>
        <translation>Tambah dokumen PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Dokumen PDF (*.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Tambah dokumen</translation>
    </message>
    <message>
        <source>Reading the PDF…</source>
        <translation>Membaca PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Added “{title}” (%n pages): its text is found by search, and it opens in your PDF viewer.</source>
        <translation><numerusform>“{title}” (%n halaman) ditambahkan: teksnya dapat ditemukan lewat pencarian, dan dokumennya terbuka di penampil PDF Anda.</numerusform></translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>Tidak ada penampil PDF yang dapat membuka {path}.</translation>
    </message>
</context>
<context>
    <name>pathway_page</name>
    <message>
        <source>Pathway</source>
        <translation>Jalur rujukan</translation>
    </message>
    <message>
        <source>Pathway status</source>
        <translation>Status jalur rujukan</translation>
    </message>
    <message>
        <source>Opening the pathway…</source>
        <translation>Membuka jalur rujukan…</translation>
    </message>
    <message>
        <source>No pathway {ref} in this content version.</source>
        <translation>Tidak ada jalur rujukan {ref} dalam versi isi ini.</translation>
    </message>
    <message>
        <source>Steps of {title}</source>
        <translation>Langkah-langkah {title}</translation>
    </message>
    <message>
        <source>back to step {number}</source>
        <translation>kembali ke langkah {number}</translation>
    </message>
    <message>
        <source>back</source>
        <translation>kembali</translation>
    </message>
    <message>
        <source>◀  From “{title}”, step {number} — {where}</source>
        <translation>◀  Dari “{title}”, langkah {number} — {where}</translation>
    </message>
    <message>
        <source>Do this step, then go back to step {number} of “{title}”.</source>
        <translation>Lakukan langkah ini, lalu kembali ke langkah {number} pada “{title}”.</translation>
    </message>
    <message>
        <source>Carry on in this pathway; this goes back to the question you answered.</source>
        <translation>Lanjutkan di jalur rujukan ini; ini kembali ke pertanyaan yang Anda jawab.</translation>
    </message>
</context>
<context>
    <name>pathway_view</name>
    <message>
        <source>Step {number}: {action}</source>
        <translation>Langkah {number}: {action}</translation>
    </message>
    <message>
        <source>Referral pathway</source>
        <translation>Jalur rujukan</translation>
    </message>
    <message>
        <source>Written for Bali Desktop from international standards (listed at the end). Follow your national procedures where they differ.</source>
        <translation>Ditulis untuk Bali Desktop berdasarkan standar internasional (tercantum di bagian akhir). Ikuti prosedur nasional Anda jika berbeda.</translation>
    </message>
    <message>
        <source>&amp;Walk through, one step at a time</source>
        <translation>T&amp;elusuri, satu langkah demi satu langkah</translation>
    </message>
    <message>
        <source>Walk through</source>
        <translation>Telusuri</translation>
    </message>
    <message>
        <source>Show one step at a time in large type and record ticks, from the step marked (F5)</source>
        <translation>Tampilkan satu langkah demi satu langkah dengan huruf besar dan catat centang, mulai dari langkah yang ditandai (F5)</translation>
    </message>
    <message>
        <source>F&amp;low chart</source>
        <translation>Diagram a&amp;lur</translation>
    </message>
    <message>
        <source>Flow chart</source>
        <translation>Diagram alur</translation>
    </message>
    <message>
        <source>See the pathway as a flow chart (F6)</source>
        <translation>Lihat jalur rujukan sebagai diagram alur (F6)</translation>
    </message>
    <message>
        <source>Make a &amp;checklist</source>
        <translation>Buat daftar &amp;periksa</translation>
    </message>
    <message>
        <source>Make a checklist</source>
        <translation>Buat daftar periksa</translation>
    </message>
    <message>
        <source>Build a printable checklist from this pathway (Ctrl+Shift+C)</source>
        <translation>Susun daftar periksa yang dapat dicetak dari jalur rujukan ini (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Add to checklist…</source>
        <translation>T&amp;ambahkan ke daftar periksa…</translation>
    </message>
    <message>
        <source>Add to checklist</source>
        <translation>Tambahkan ke daftar periksa</translation>
    </message>
    <message>
        <source>Add this pathway, as one item, to a saved checklist or a new one (Ctrl+Shift+A)</source>
        <translation>Tambahkan jalur rujukan ini, sebagai satu butir, ke daftar periksa yang tersimpan atau yang baru (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Kapan: {when}</translation>
    </message>
    <message>
        <source>Decide: {question}</source>
        <translation>Putuskan: {question}</translation>
    </message>
    <message>
        <source>Signs to look for</source>
        <translation>Tanda-tanda yang perlu diperhatikan</translation>
    </message>
    <message>
        <source>Signs to look for: </source>
        <translation>Tanda-tanda yang perlu diperhatikan: </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jangan pernah</translation>
    </message>
    <message>
        <source>Never do</source>
        <translation>Jangan pernah lakukan</translation>
    </message>
    <message>
        <source>Who to refer to</source>
        <translation>Ke mana merujuk</translation>
    </message>
    <message>
        <source>  (only with the person&apos;s consent)</source>
        <translation>  (hanya dengan persetujuan orang tersebut)</translation>
    </message>
    <message>
        <source>No national contact entered yet.</source>
        <translation>Belum ada kontak nasional yang dimasukkan.</translation>
    </message>
    <message>
        <source>Who to refer to: </source>
        <translation>Ke mana merujuk: </translation>
    </message>
    <message>
        <source>no national contact entered yet</source>
        <translation>belum ada kontak nasional yang dimasukkan</translation>
    </message>
    <message>
        <source>Add your national contacts</source>
        <translation>Tambahkan kontak nasional Anda</translation>
    </message>
    <message>
        <source>Edit your national contacts</source>
        <translation>Sunting kontak nasional Anda</translation>
    </message>
    <message>
        <source>Open the contacts editor</source>
        <translation>Buka penyunting kontak</translation>
    </message>
    <message>
        <source>Guides and tool kits</source>
        <translation>Panduan dan perangkat kerja</translation>
    </message>
    <message>
        <source>Adelaide Strategy activities it serves</source>
        <translation>Kegiatan Adelaide Strategy yang didukungnya</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <source>What this guidance is based on</source>
        <translation>Dasar panduan ini</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Berdasarkan</translation>
    </message>
</context>
<context>
    <name>pathways_page</name>
    <message>
        <source>Pathways</source>
        <translation>Jalur rujukan</translation>
    </message>
    <message>
        <source>Referral pathways</source>
        <translation>Jalur rujukan</translation>
    </message>
    <message>
        <source>What to do, in order, for the situations frontline officers meet: steps at each pause point, decisions that change the route, signs to look for, what never to do and who to refer to. Each one has a walk-through, a flow chart and a printable checklist.</source>
        <translation>Apa yang harus dilakukan, secara berurutan, dalam situasi yang dihadapi petugas garis depan: langkah di setiap titik jeda, keputusan yang mengubah alur, tanda-tanda yang perlu diperhatikan, apa yang tidak boleh dilakukan, dan ke mana merujuk. Masing-masing memiliki penelusuran, diagram alur, dan daftar periksa yang dapat dicetak.</translation>
    </message>
    <message>
        <source>Written for Bali Desktop from international standards; each pathway lists what it is based on.</source>
        <translation>Ditulis untuk Bali Desktop berdasarkan standar internasional; setiap jalur rujukan mencantumkan dasarnya.</translation>
    </message>
</context>
<context>
    <name>pdf_tasks</name>
    <message>
        <source>pdftoppm (poppler-utils) is not installed</source>
        <translation>pdftoppm (poppler-utils) tidak terpasang</translation>
    </message>
    <message>
        <source>cannot read the rendered page {name}</source>
        <translation>tidak dapat membaca halaman hasil olahan {name}</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>pencetak tidak dapat dijalankan</translation>
    </message>
</context>
<context>
    <name>pending_saves</name>
    <message>
        <source>Bali Desktop met an unexpected error ({error}).</source>
        <translation>Bali Desktop mengalami kesalahan tak terduga ({error}).</translation>
    </message>
    <message>
        <source>{what} are saved now.</source>
        <translation>{what} kini tersimpan.</translation>
    </message>
    <message>
        <source>{what} is saved now.</source>
        <translation>{what} kini tersimpan.</translation>
    </message>
    <message>
        <source>{what} could not be saved. {reason} They are kept in the window and saved again when you edit, move on or close.</source>
        <translation>{what} tidak dapat disimpan. {reason} Semuanya tetap ada di jendela dan disimpan lagi saat Anda menyunting, berpindah, atau menutup.</translation>
    </message>
    <message>
        <source>{what} could not be saved. {reason} It is kept in the window and saved again when you edit, move on or close.</source>
        <translation>{what} tidak dapat disimpan. {reason} Isinya tetap ada di jendela dan disimpan lagi saat Anda menyunting, berpindah, atau menutup.</translation>
    </message>
    <message>
        <source>{what} are not saved yet: {reason}</source>
        <translation>{what} belum tersimpan: {reason}</translation>
    </message>
    <message>
        <source>{what} is not saved yet: {reason}</source>
        <translation>{what} belum tersimpan: {reason}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Belum tersimpan</translation>
    </message>
</context>
<context>
    <name>phrase_card_view</name>
    <message>
        <source>Phrase card</source>
        <translation>Kartu frasa</translation>
    </message>
    <message>
        <source>In English: {text}</source>
        <translation>Dalam bahasa Inggris: {text}</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Status terjemahan</translation>
    </message>
    <message>
        <source>For you, the officer: {note}</source>
        <translation>Untuk Anda, petugas: {note}</translation>
    </message>
    <message>
        <source>Note for the officer</source>
        <translation>Catatan untuk petugas</translation>
    </message>
    <message>
        <source>Phrases written for Bali Desktop.</source>
        <translation>Frasa ditulis untuk Bali Desktop.</translation>
    </message>
</context>
<context>
    <name>phrase_cards_page</name>
    <message>
        <source>Phrase cards</source>
        <translation>Kartu frasa</translation>
    </message>
    <message>
        <source>◀ Leave (Esc)</source>
        <translation>◀ Keluar (Esc)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
    <message>
        <source>Fill the screen with the card, to turn the laptop round to the person</source>
        <translation>Penuhi layar dengan kartu, untuk memutar laptop ke arah orang tersebut</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Ganti bahasa</translation>
    </message>
    <message>
        <source>Opening the phrase cards…</source>
        <translation>Membuka kartu frasa…</translation>
    </message>
    <message>
        <source>◀ Previous card</source>
        <translation>◀ Kartu sebelumnya</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Bacakan</translation>
    </message>
    <message>
        <source>Read the card aloud</source>
        <translation>Bacakan kartu ini</translation>
    </message>
    <message>
        <source>Next card ▶</source>
        <translation>Kartu berikutnya ▶</translation>
    </message>
    <message>
        <source>Read-aloud</source>
        <translation>Pembacaan</translation>
    </message>
    <message>
        <source>Language: {name} (change)</source>
        <translation>Bahasa: {name} (ganti)</translation>
    </message>
    <message>
        <source>Reading aloud in {name}…</source>
        <translation>Membacakan dalam {name}…</translation>
    </message>
    <message>
        <source>The card could not be read aloud: show it instead.</source>
        <translation>Kartu tidak dapat dibacakan: tunjukkan saja kartunya.</translation>
    </message>
</context>
<context>
    <name>phrase_languages</name>
    <message>
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Melayu</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Khmer</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalog</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Mandarin</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arab</translation>
    </message>
</context>
<context>
    <name>phrase_notes</name>
    <message>
        <source>Turn the screen to the person and let them point to their language; then choose it. Call an independent interpreter as soon as you know it.</source>
        <translation>Hadapkan layar kepada orang tersebut dan biarkan ia menunjuk bahasanya; lalu pilih bahasa itu. Panggil juru bahasa yang independen segera setelah Anda mengetahuinya.</translation>
    </message>
    <message>
        <source>Say only what you can keep to. This card promises nothing about what happens next: do not add &quot;you are safe here&quot; or &quot;you will not be sent back&quot;.</source>
        <translation>Katakan hanya apa yang dapat Anda tepati. Kartu ini tidak menjanjikan apa pun tentang apa yang terjadi selanjutnya: jangan menambahkan &quot;Anda aman di sini&quot; atau &quot;Anda tidak akan dipulangkan&quot;.</translation>
    </message>
    <message>
        <source>An independent interpreter: never a companion, escort, employer or crew member. If none can be found, use telephone interpreting; until then deal with urgent needs and safety only.</source>
        <translation>Juru bahasa yang independen: jangan pernah teman perjalanan, pengawal, pemberi kerja, atau awak kapal. Jika tidak ada yang dapat ditemukan, gunakan juru bahasa melalui telepon; sampai saat itu tangani hanya kebutuhan mendesak dan keselamatan.</translation>
    </message>
    <message>
        <source>Urgent needs come first. If the answer is yes, get medical help before any other question.</source>
        <translation>Kebutuhan mendesak didahulukan. Jika jawabannya ya, dapatkan bantuan medis sebelum pertanyaan lain apa pun.</translation>
    </message>
    <message>
        <source>Anyone may ask. If the person asks for protection or is afraid to go back, do not contact their consulate or home authorities; follow the international protection pathway.</source>
        <translation>Siapa pun boleh meminta. Jika orang tersebut meminta perlindungan atau takut untuk kembali, jangan menghubungi konsulatnya atau otoritas negara asalnya; ikuti jalur rujukan perlindungan internasional.</translation>
    </message>
    <message>
        <source>If the person may be under 18, treat them as a child until their age is known (the child pathway).</source>
        <translation>Jika orang tersebut mungkin berusia di bawah 18 tahun, perlakukan ia sebagai anak sampai usianya diketahui (jalur rujukan anak).</translation>
    </message>
    <message>
        <source>Ask when the person is apart from the people travelling with them.</source>
        <translation>Tanyakan ketika orang tersebut terpisah dari orang-orang yang bepergian bersamanya.</translation>
    </message>
    <message>
        <source>Show this card only when the person is apart from their companions, and never read it aloud in front of them. If in doubt, refer: the victim-of-trafficking pathway.</source>
        <translation>Tunjukkan kartu ini hanya ketika orang tersebut terpisah dari teman perjalanannya, dan jangan pernah membacakannya di depan mereka. Jika ragu, rujuk: jalur rujukan korban perdagangan orang.</translation>
    </message>
    <message>
        <source>An answer card for the person to point at.</source>
        <translation>Kartu jawaban untuk ditunjuk oleh orang tersebut.</translation>
    </message>
    <message>
        <source>An answer card for the person to point at. If they point here, stop and wait for the interpreter.</source>
        <translation>Kartu jawaban untuk ditunjuk oleh orang tersebut. Jika ia menunjuk kartu ini, berhenti dan tunggu juru bahasa.</translation>
    </message>
</context>
<context>
    <name>phrase_titles</name>
    <message>
        <source>Which language do you speak?</source>
        <translation>Anda berbicara bahasa apa?</translation>
    </message>
    <message>
        <source>I am an officer. I will not hurt you.</source>
        <translation>Saya petugas. Saya tidak akan menyakiti Anda.</translation>
    </message>
    <message>
        <source>We will try to find an interpreter.</source>
        <translation>Kami akan berusaha mencarikan juru bahasa.</translation>
    </message>
    <message>
        <source>Do you need a doctor?</source>
        <translation>Apakah Anda memerlukan dokter?</translation>
    </message>
    <message>
        <source>You may ask for protection.</source>
        <translation>Anda boleh meminta perlindungan.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>Berapa umur Anda?</translation>
    </message>
    <message>
        <source>Are you travelling alone?</source>
        <translation>Apakah Anda bepergian sendirian?</translation>
    </message>
    <message>
        <source>Is anyone forcing you?</source>
        <translation>Apakah ada orang yang memaksa Anda?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>I don&apos;t understand</source>
        <translation>Saya tidak mengerti</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <source>English source text, written for Bali Desktop</source>
        <translation>Teks sumber bahasa Inggris, ditulis untuk Bali Desktop</translation>
    </message>
    <message>
        <source>Checked by a native speaker</source>
        <translation>Sudah diperiksa oleh penutur asli</translation>
    </message>
    <message>
        <source>Not yet checked by a native speaker</source>
        <translation>Belum diperiksa oleh penutur asli</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Jalur rujukan</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Who&apos;s who</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Lini masa</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Notes &amp; bookmarks</source>
        <translation>Catatan &amp; penanda</translation>
    </message>
    <message>
        <source>Commitment tracker</source>
        <translation>Pemantauan komitmen</translation>
    </message>
</context>
<context>
    <name>read_script</name>
    <message>
        <source>Read the step &amp;aloud</source>
        <translation>Bacakan &amp;langkah ini</translation>
    </message>
    <message>
        <source>Read the step aloud</source>
        <translation>Bacakan langkah ini</translation>
    </message>
    <message>
        <source>Read the words aloud</source>
        <translation>Bacakan kata-katanya</translation>
    </message>
    <message>
        <source>Read the words to say aloud</source>
        <translation>Bacakan kata-kata yang perlu diucapkan</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Bacakan</translation>
    </message>
    <message>
        <source>Read step {number} aloud</source>
        <translation>Bacakan langkah {number}</translation>
    </message>
    <message>
        <source>Read the step aloud, and the words to say if it has them</source>
        <translation>Bacakan langkah ini, dan kata-kata yang perlu diucapkan jika ada</translation>
    </message>
    <message>
        <source>Reading aloud in {name}…</source>
        <translation>Membacakan dalam bahasa {name}…</translation>
    </message>
    <message>
        <source>This computer cannot read the words aloud in {name} (it has no voice or speech engine for it): read them out yourself.</source>
        <translation>Komputer ini tidak dapat membacakan kata-kata ini dalam bahasa {name} (tidak ada suara atau mesin suara untuk bahasa itu): bacakan sendiri.</translation>
    </message>
</context>
<context>
    <name>reader_page</name>
    <message>
        <source>Reader</source>
        <translation>Pembaca</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Teks butir</translation>
    </message>
    <message>
        <source>Make a &amp;checklist from this aid</source>
        <translation>Buat &amp;daftar periksa dari alat bantu ini</translation>
    </message>
    <message>
        <source>Make a checklist</source>
        <translation>Buat daftar periksa</translation>
    </message>
    <message>
        <source>Build a printable checklist from this decision aid</source>
        <translation>Susun daftar periksa yang dapat dicetak dari alat bantu keputusan ini</translation>
    </message>
    <message>
        <source>&amp;Add to checklist…</source>
        <translation>T&amp;ambahkan ke daftar periksa…</translation>
    </message>
    <message>
        <source>Add to checklist</source>
        <translation>Tambahkan ke daftar periksa</translation>
    </message>
    <message>
        <source>Add this item, with its source, to a saved checklist or a new one (Ctrl+Shift+A)</source>
        <translation>Tambahkan butir ini, beserta sumbernya, ke daftar periksa yang tersimpan atau yang baru (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Buka PDF-nya</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Buka PDF-nya</translation>
    </message>
    <message>
        <source>Open this document in your PDF viewer</source>
        <translation>Buka dokumen ini di penampil PDF Anda</translation>
    </message>
    <message>
        <source>Opening {ref}…</source>
        <translation>Membuka {ref}…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>No item {ref} in this content version.</source>
        <translation>Tidak ada butir {ref} dalam versi isi ini.</translation>
    </message>
    <message>
        <source>Also in: {language}</source>
        <translation>Juga dalam: {language}</translation>
    </message>
    <message>
        <source>Also in {language}</source>
        <translation>Juga dalam {language}</translation>
    </message>
    <message>
        <source>Show this item in {language}, as an installed content pack translates it (the window stays in its own language); press again for the window&apos;s language</source>
        <translation>Tampilkan butir ini dalam {language}, sebagaimana diterjemahkan oleh paket konten yang terpasang (jendela tetap dalam bahasanya sendiri); tekan lagi untuk kembali ke bahasa jendela</translation>
    </message>
</context>
<context>
    <name>result_words</name>
    <message>
        <source>Erased every walk-through record (ticks and times), the recent items and the last place</source>
        <translation>Semua catatan penelusuran (centang dan waktu), butir terakhir dibuka, dan tempat terakhir telah dihapus</translation>
    </message>
    <message numerus="yes">
        <source>; the same were erased from the %n backups, which are kept</source>
        <translation><numerusform>; catatan yang sama dihapus dari %n cadangan, yang tetap disimpan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, and %n damaged copies that could not be cleaned were deleted</source>
        <translation><numerusform>, dan %n salinan rusak yang tidak dapat dibersihkan telah dihapus</numerusform></translation>
    </message>
    <message>
        <source>; the log files were erased</source>
        <translation>; berkas log telah dihapus</translation>
    </message>
    <message>
        <source>. Your notes, contacts and checklists stay.</source>
        <translation>. Catatan, kontak, dan daftar periksa Anda tetap ada.</translation>
    </message>
    <message>
        <source>Nothing to change: the file holds nothing new.</source>
        <translation>Tidak ada yang perlu diubah: berkas itu tidak memuat hal baru.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities updated from the file</source>
        <translation><numerusform>%n kegiatan diperbarui dari berkas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n logged actions added</source>
        <translation><numerusform>%n tindakan tercatat ditambahkan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts kept as recorded here</source>
        <translation><numerusform>%n konflik dibiarkan seperti yang tercatat di sini</numerusform></translation>
    </message>
</context>
<context>
    <name>route_text</name>
    <message>
        <source>, or if </source>
        <translation>, atau jika </translation>
    </message>
    <message>
        <source>Skip if {facts}.</source>
        <translation>Lewati jika {facts}.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, dan </translation>
    </message>
    <message>
        <source>Only if {facts}.</source>
        <translation>Hanya jika {facts}.</translation>
    </message>
    <message>
        <source>skipped because {facts}</source>
        <translation>dilewati karena {facts}</translation>
    </message>
    <message>
        <source>only if {facts}</source>
        <translation>hanya jika {facts}</translation>
    </message>
    <message>
        <source>go to step {number}</source>
        <translation>ke langkah {number}</translation>
    </message>
    <message>
        <source>go to {step}</source>
        <translation>ke {step}</translation>
    </message>
    <message>
        <source>, step {number}</source>
        <translation>, langkah {number}</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>langkah {number}</translation>
    </message>
    <message>
        <source>go to “{title}”{at}, then come back to {back}</source>
        <translation>ke “{title}”{at}, lalu kembali ke {back}</translation>
    </message>
    <message>
        <source>from step {number}</source>
        <translation>dari langkah {number}</translation>
    </message>
    <message>
        <source>from its first step</source>
        <translation>dari langkah pertamanya</translation>
    </message>
    <message>
        <source>continue with the pathway “{title}”, {where}</source>
        <translation>lanjutkan dengan jalur rujukan “{title}”, {where}</translation>
    </message>
    <message>
        <source>see the aid “{title}”</source>
        <translation>lihat alat bantu “{title}”</translation>
    </message>
    <message>
        <source>see the aid “{title}”, then come back to {back}</source>
        <translation>lihat alat bantu “{title}”, lalu kembali ke {back}</translation>
    </message>
    <message>
        <source>open “{title}”</source>
        <translation>buka “{title}”</translation>
    </message>
</context>
<context>
    <name>route_words</name>
    <message>
        <source>Say</source>
        <translation>Ucapkan</translation>
    </message>
    <message>
        <source>Our guidance: words to read aloud, in a language the person understands.</source>
        <translation>Panduan kami: kata-kata untuk dibacakan, dalam bahasa yang dipahami orang tersebut.</translation>
    </message>
</context>
<context>
    <name>said</name>
    <message>
        <source>Restored the backup {name}; the database as it was is kept in {aside}.</source>
        <translation>Cadangan {name} telah dipulihkan; basis data sebagaimana sebelumnya disimpan di {aside}.</translation>
    </message>
    <message>
        <source>The database is in good order: no damage found, {count} content items.</source>
        <translation>Basis data dalam keadaan baik: tidak ditemukan kerusakan, {count} butir isi.</translation>
    </message>
    <message>
        <source>The database is damaged; restore it from a backup (File, Restore from backup…, or bali-desktop db restore).</source>
        <translation>Basis data rusak; pulihkan dari cadangan (Berkas, Pulihkan dari cadangan…, atau bali-desktop db restore).</translation>
    </message>
    <message>
        <source>Cannot keep the current database aside in {folder} ({why}), so nothing was restored.</source>
        <translation>Basis data yang sekarang tidak dapat disisihkan di {folder} ({why}), jadi tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>Restoring {source} failed ({why}). The database as it was is kept in {aside}.</source>
        <translation>Pemulihan {source} gagal ({why}). Basis data sebagaimana sebelumnya disimpan di {aside}.</translation>
    </message>
    <message>
        <source>There is no good backup to restore in {folder}. Nothing was changed.</source>
        <translation>Tidak ada cadangan yang baik untuk dipulihkan di {folder}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} is not a file name (it holds a NUL character). Nothing was changed.</source>
        <translation>{name} bukan nama berkas (memuat karakter NUL). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} is the database itself; choose a backup. Nothing was changed.</source>
        <translation>{name} adalah basis data itu sendiri; pilih sebuah cadangan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {why}. Nothing was changed.</source>
        <translation>{name} tidak dapat dipulihkan: {why}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Restoring {source} failed ({why}). Nothing was changed.</source>
        <translation>Pemulihan {source} gagal ({why}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Read-aloud needs the computer&apos;s speech engine, which is not available here (on Linux: install espeak-ng). Show the card to the person instead.</source>
        <translation>Pembacaan dengan suara memerlukan mesin suara komputer, yang tidak tersedia di sini (di Linux: pasang espeak-ng). Tunjukkan saja kartunya kepada orang tersebut.</translation>
    </message>
    <message>
        <source>No sound player on this computer: show the card to the person instead.</source>
        <translation>Tidak ada pemutar suara di komputer ini: tunjukkan saja kartunya kepada orang tersebut.</translation>
    </message>
    <message>
        <source>The {name} text could not be saved as speech.</source>
        <translation>Teks bahasa {name} tidak dapat disimpan sebagai suara.</translation>
    </message>
    <message>
        <source>This computer has no {name} voice, so the card cannot be read aloud. Show the card to the person instead.</source>
        <translation>Komputer ini tidak memiliki suara bahasa {name}, jadi kartu tidak dapat dibacakan. Tunjukkan saja kartunya kepada orang tersebut.</translation>
    </message>
    <message>
        <source>The {name} card could not be read aloud: show it instead.</source>
        <translation>Kartu bahasa {name} tidak dapat dibacakan: tunjukkan saja kartunya.</translation>
    </message>
    <message>
        <source>Read aloud in {name}.</source>
        <translation>Dibacakan dalam bahasa {name}.</translation>
    </message>
    <message>
        <source>Saved {name} speech to {file}.</source>
        <translation>Suara bahasa {name} disimpan ke {file}.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>itu bukan berkas</translation>
    </message>
    <message>
        <source>it cannot be read ({why})</source>
        <translation>berkas itu tidak dapat dibaca ({why})</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>berkas itu kosong</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>itu bukan basis data SQLite</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>berkas itu rusak</translation>
    </message>
    <message>
        <source>it is not a Bali Desktop database</source>
        <translation>itu bukan basis data Bali Desktop</translation>
    </message>
    <message>
        <source>it was made by another version of Bali Desktop</source>
        <translation>berkas itu dibuat oleh versi lain Bali Desktop</translation>
    </message>
    <message>
        <source>it is damaged or is not a Bali Desktop database</source>
        <translation>berkas itu rusak atau bukan basis data Bali Desktop</translation>
    </message>
    <message>
        <source>The disk holding Bali Desktop&apos;s data is full, so this could not be saved. Nothing already saved was lost; free some space (delete or move files you do not need) and try again.</source>
        <translation>Diska yang menyimpan data Bali Desktop penuh, jadi ini tidak dapat disimpan. Tidak ada yang sudah tersimpan yang hilang; kosongkan sebagian ruang (hapus atau pindahkan berkas yang tidak Anda perlukan) lalu coba lagi.</translation>
    </message>
    <message>
        <source>Bali Desktop&apos;s database cannot be written (the file or its folder is read-only), so this could not be saved. Nothing already saved was lost; check the permissions of the data folder.</source>
        <translation>Basis data Bali Desktop tidak dapat ditulisi (berkas atau foldernya hanya-baca), jadi ini tidak dapat disimpan. Tidak ada yang sudah tersimpan yang hilang; periksa izin folder data.</translation>
    </message>
    <message>
        <source>Another program has held Bali Desktop&apos;s database for more than {seconds} seconds (a database browser, a backup or sync tool, or a second copy of Bali Desktop), so this could not be saved. Nothing already saved was lost; close that program and try again.</source>
        <translation>Program lain telah memegang basis data Bali Desktop selama lebih dari {seconds} detik (peramban basis data, alat cadangan atau sinkronisasi, atau salinan kedua Bali Desktop), jadi ini tidak dapat disimpan. Tidak ada yang sudah tersimpan yang hilang; tutup program itu lalu coba lagi.</translation>
    </message>
    <message>
        <source>Bali Desktop&apos;s database is damaged. Nothing was deleted; close Bali Desktop and start it again to restore the newest backup, or run: bali-desktop db restore</source>
        <translation>Basis data Bali Desktop rusak. Tidak ada yang dihapus; tutup Bali Desktop dan jalankan lagi untuk memulihkan cadangan terbaru, atau jalankan: bali-desktop db restore</translation>
    </message>
    <message>
        <source>Bali Desktop&apos;s database cannot be opened (its folder cannot be read or written). Nothing was changed; check the permissions of the data folder, or choose another with --data-dir.</source>
        <translation>Basis data Bali Desktop tidak dapat dibuka (foldernya tidak dapat dibaca atau ditulisi). Tidak ada yang diubah; periksa izin folder data, atau pilih folder lain dengan --data-dir.</translation>
    </message>
    <message>
        <source>The disk holding Bali Desktop&apos;s data could not be read or written, so this did not work. Nothing already saved was lost; check the disk (a USB stick taken out?) and try again.</source>
        <translation>Diska yang menyimpan data Bali Desktop tidak dapat dibaca atau ditulisi, jadi ini tidak berhasil. Tidak ada yang sudah tersimpan yang hilang; periksa diska (apakah USB dicabut?) lalu coba lagi.</translation>
    </message>
    <message>
        <source>Bali Desktop&apos;s database could not be created or opened ({why}). Nothing already saved was lost; check the disk and the data folder, and try again.</source>
        <translation>Basis data Bali Desktop tidak dapat dibuat atau dibuka ({why}). Tidak ada yang sudah tersimpan yang hilang; periksa diska dan folder data, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk holding Bali Desktop&apos;s data is full, so the library is open for reading only: search and pathways work, but nothing can be saved until some space is freed.</source>
        <translation>Diska yang menyimpan data Bali Desktop penuh, jadi pustaka dibuka hanya untuk dibaca: pencarian dan jalur rujukan berfungsi, tetapi tidak ada yang dapat disimpan sampai sebagian ruang dikosongkan.</translation>
    </message>
    <message>
        <source>The database file {path} is empty (0 bytes).</source>
        <translation>Berkas basis data {path} kosong (0 bita).</translation>
    </message>
    <message>
        <source>The database file {path} is damaged (cut short: {size} of {whole} bytes).</source>
        <translation>Berkas basis data {path} rusak (terpotong: {size} dari {whole} bita).</translation>
    </message>
    <message>
        <source>The database {path} is damaged.</source>
        <translation>Basis data {path} rusak.</translation>
    </message>
    <message>
        <source>{why} Copying your work to a new database failed ({error}). Nothing was changed or deleted.</source>
        <translation>{why} Penyalinan pekerjaan Anda ke basis data baru gagal ({error}). Tidak ada yang diubah atau dihapus.</translation>
    </message>
    <message>
        <source>The database was damaged, but not in your own work, so your notes, contacts, checklists, ticks, packs and keys were copied into a new database and the shipped content loaded again; the damaged file was moved to {aside}.</source>
        <translation>Basis data rusak, tetapi tidak pada pekerjaan Anda sendiri, jadi catatan, kontak, daftar periksa, centang, paket, dan kunci Anda disalin ke basis data baru dan isi bawaan dimuat ulang; berkas yang rusak dipindahkan ke {aside}.</translation>
    </message>
    <message>
        <source>{why} There is no backup to restore it from. Nothing was changed; delete that empty file to start a new library.</source>
        <translation>{why} Tidak ada cadangan untuk memulihkannya. Tidak ada yang diubah; hapus berkas kosong itu untuk memulai pustaka baru.</translation>
    </message>
    <message>
        <source>{why} There is no good backup to restore it from. Nothing was changed or deleted; to start a new library, move that file out of {folder}.</source>
        <translation>{why} Tidak ada cadangan yang baik untuk memulihkannya. Tidak ada yang diubah atau dihapus; untuk memulai pustaka baru, pindahkan berkas itu keluar dari {folder}.</translation>
    </message>
    <message>
        <source>{why} Another copy of Bali Desktop (or another program) has it open, so nothing was moved or changed; close it, then start again to restore the newest backup.</source>
        <translation>{why} Salinan lain Bali Desktop (atau program lain) sedang membukanya, jadi tidak ada yang dipindahkan atau diubah; tutup program itu, lalu jalankan lagi untuk memulihkan cadangan terbaru.</translation>
    </message>
    <message>
        <source>{why} Restoring the backup {name} failed ({error}). Nothing was changed or deleted.</source>
        <translation>{why} Pemulihan cadangan {name} gagal ({error}). Tidak ada yang diubah atau dihapus.</translation>
    </message>
    <message>
        <source>The database was empty, so it was moved to {aside} and the backup of {when} was restored in its place; anything saved after that backup is only in the moved file.</source>
        <translation>Basis data kosong, jadi dipindahkan ke {aside} dan cadangan {when} dipulihkan sebagai gantinya; apa pun yang disimpan setelah cadangan itu hanya ada di berkas yang dipindahkan.</translation>
    </message>
    <message>
        <source>The database was damaged, so it was moved to {aside} and the backup of {when} was restored in its place; anything saved after that backup is only in the moved file.</source>
        <translation>Basis data rusak, jadi dipindahkan ke {aside} dan cadangan {when} dipulihkan sebagai gantinya; apa pun yang disimpan setelah cadangan itu hanya ada di berkas yang dipindahkan.</translation>
    </message>
    <message>
        <source>Refused: the pack is not signed (it has no signature.json).</source>
        <translation>Ditolak: paket tidak ditandatangani (tidak memiliki signature.json).</translation>
    </message>
    <message>
        <source>Refused: the pack has no manifest.json.</source>
        <translation>Ditolak: paket tidak memiliki manifest.json.</translation>
    </message>
    <message>
        <source>Refused: the publisher&apos;s key {shown} was removed from the trusted keys.</source>
        <translation>Ditolak: kunci penerbit {shown} telah dihapus dari daftar kunci tepercaya.</translation>
    </message>
    <message>
        <source>Refused: unknown publisher (key {shown} is not trusted). If your authority sent you its public key, check the fingerprint with them, then: bali-desktop keys add KEY.pub</source>
        <translation>Ditolak: penerbit tidak dikenal (kunci {shown} tidak tepercaya). Jika instansi Anda mengirimkan kunci publiknya, periksa sidik kuncinya bersama mereka, lalu: bali-desktop keys add KEY.pub</translation>
    </message>
    <message>
        <source>Refused: the pack&apos;s signature is damaged (not base64).</source>
        <translation>Ditolak: tanda tangan paket rusak (bukan base64).</translation>
    </message>
    <message>
        <source>Refused: bad signature (the manifest was changed after it was signed, or signed by another key).</source>
        <translation>Ditolak: tanda tangan tidak sah (manifes diubah setelah ditandatangani, atau ditandatangani dengan kunci lain).</translation>
    </message>
    <message>
        <source>Refused: the manifest lists a file twice.</source>
        <translation>Ditolak: manifes mencantumkan satu berkas dua kali.</translation>
    </message>
    <message>
        <source>Refused: the pack holds {name}, a file not in the manifest.</source>
        <translation>Ditolak: paket memuat {name}, berkas yang tidak ada di manifes.</translation>
    </message>
    <message>
        <source>Refused: {path} is in the manifest but not in the pack.</source>
        <translation>Ditolak: {path} ada di manifes tetapi tidak ada di paket.</translation>
    </message>
    <message>
        <source>Refused: {path} does not match the manifest (size {found}, not {size}).</source>
        <translation>Ditolak: {path} tidak sesuai dengan manifes (ukuran {found}, bukan {size}).</translation>
    </message>
    <message>
        <source>Refused: {path} does not match the manifest (its SHA-256 differs: altered).</source>
        <translation>Ditolak: {path} tidak sesuai dengan manifes (SHA-256-nya berbeda: telah diubah).</translation>
    </message>
    <message>
        <source>Give at least the first 8 hex digits of the fingerprint (see `keys list`).</source>
        <translation>Berikan sekurang-kurangnya 8 digit heksadesimal pertama dari sidik kunci (lihat `keys list`).</translation>
    </message>
    <message>
        <source>No trusted key has the fingerprint {fingerprint}.</source>
        <translation>Tidak ada kunci tepercaya dengan sidik kunci {fingerprint}.</translation>
    </message>
    <message>
        <source>More than one key starts with those digits; give more of the fingerprint.</source>
        <translation>Lebih dari satu kunci diawali dengan digit tersebut; berikan lebih banyak digit sidik kunci.</translation>
    </message>
    <message>
        <source>Refused: version {version} of {id} is older than the one installed ({version2}); add --allow-downgrade to install it anyway.</source>
        <translation>Ditolak: versi {version} dari {id} lebih lama daripada yang terpasang ({version2}); tambahkan --allow-downgrade untuk tetap memasangnya.</translation>
    </message>
    <message>
        <source>Refused: duplicate id: {ref} is already in the library.</source>
        <translation>Ditolak: id ganda: {ref} sudah ada di pustaka.</translation>
    </message>
    <message>
        <source>Refused: dangling ref: {ref} links to {target}, which does not exist.</source>
        <translation>Ditolak: tautan putus: {ref} menautkan ke {target}, yang tidak ada.</translation>
    </message>
    <message>
        <source>Refused: dangling ref: contacts.yaml names the role {role}, which does not exist.</source>
        <translation>Ditolak: tautan putus: contacts.yaml menyebut peran {role}, yang tidak ada.</translation>
    </message>
    <message>
        <source>Nothing can be installed: {read_only}</source>
        <translation>Tidak ada yang dapat dipasang: {read_only}</translation>
    </message>
    <message>
        <source>Not installed: the backup before installing could not be written ({why}).</source>
        <translation>Tidak dipasang: cadangan sebelum pemasangan tidak dapat ditulis ({why}).</translation>
    </message>
    <message>
        <source>No pack {pack_id} is installed (see `pack list`).</source>
        <translation>Tidak ada paket {pack_id} yang terpasang (lihat `pack list`).</translation>
    </message>
    <message>
        <source>No earlier version of {pack_id} is kept; nothing to roll back to.</source>
        <translation>Tidak ada versi sebelumnya dari {pack_id} yang disimpan; tidak ada yang dapat dikembalikan.</translation>
    </message>
    <message>
        <source>Cannot read the folder {folder}: {why}.</source>
        <translation>Folder {folder} tidak dapat dibaca: {why}.</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>Shipped content could not be loaded; using the content already in the database. {detail}</source>
        <translation>Isi bawaan tidak dapat dimuat; isi yang sudah ada di basis data yang digunakan. {detail}</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written, so the library is open for reading only: search and pathways work, but nothing can be saved until you may write to that folder again.</source>
        <translation>Folder data {folder} tidak dapat ditulisi, jadi pustaka dibuka hanya untuk dibaca: pencarian dan jalur rujukan berfungsi, tetapi tidak ada yang dapat disimpan sampai folder itu dapat ditulisi lagi.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {why}. Choose another with --data-dir or BALI_DESKTOP_DATA_DIR.</source>
        <translation>Folder data {folder} tidak dapat dibuat: {why}. Pilih folder lain dengan --data-dir atau BALI_DESKTOP_DATA_DIR.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not a folder. Choose another with --data-dir.</source>
        <translation>Folder data {folder} bukan folder. Pilih folder lain dengan --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written. Check its permissions, or choose another with --data-dir or BALI_DESKTOP_DATA_DIR. Nothing was changed.</source>
        <translation>Folder data {folder} tidak dapat ditulisi. Periksa izinnya, atau pilih folder lain dengan --data-dir atau BALI_DESKTOP_DATA_DIR. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>the last updated {text} is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>waktu terakhir diperbarui {text} bukan tanggal dan jam (YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>the log line {strip} does not start with a date (YYYY-MM-DD: what was done)</source>
        <translation>baris catatan {strip} tidak diawali tanggal (YYYY-MM-DD: apa yang dilakukan)</translation>
    </message>
    <message>
        <source>the file is not a CSV text file (it holds NUL bytes)</source>
        <translation>berkas itu bukan berkas teks CSV (memuat bita NUL)</translation>
    </message>
    <message>
        <source>the file is not readable CSV ({why})</source>
        <translation>berkas itu bukan CSV yang dapat dibaca ({why})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkas itu kosong</translation>
    </message>
    <message>
        <source>its first row has no {missing} column: is it a tracker CSV (bali-desktop tracker export)? The first row should be: {header}</source>
        <translation>baris pertamanya tidak memiliki kolom {missing}: apakah ini CSV pemantauan (bali-desktop tracker export)? Baris pertama seharusnya: {header}</translation>
    </message>
    <message>
        <source>it has {found} rows; a tracker CSV has one per activity (at most {limit})</source>
        <translation>berkas itu memiliki {found} baris; CSV pemantauan memiliki satu baris per kegiatan (paling banyak {limit})</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: {reason}. Nothing was changed; choose a shorter or simpler file name.</source>
        <translation>PDF tidak dapat ditulis ke {path}: {reason}. Tidak ada yang diubah; pilih nama berkas yang lebih pendek atau lebih sederhana.</translation>
    </message>
    <message>
        <source>Cannot write the PDF: {path} is a folder; give a file name ending .pdf.</source>
        <translation>PDF tidak dapat ditulis: {path} adalah folder; berikan nama berkas yang berakhiran .pdf.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>{path} tidak dapat ditulis: folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: that is one of Bali Desktop&apos;s database files. Nothing was changed; give a file name ending .pdf elsewhere.</source>
        <translation>PDF tidak dapat ditulis ke {path}: itu salah satu berkas basis data Bali Desktop. Tidak ada yang diubah; berikan nama berkas berakhiran .pdf di tempat lain.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: it is not a regular file. Nothing was changed; give a file name ending .pdf.</source>
        <translation>PDF tidak dapat ditulis ke {path}: itu bukan berkas biasa. Tidak ada yang diubah; berikan nama berkas yang berakhiran .pdf.</translation>
    </message>
    <message>
        <source>Will not replace {path}: it exists and is not a PDF. Nothing was changed; give another file name ending .pdf.</source>
        <translation>{path} tidak akan ditimpa: berkas itu sudah ada dan bukan PDF. Tidak ada yang diubah; berikan nama berkas lain yang berakhiran .pdf.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} is not writable.</source>
        <translation>{path} tidak dapat ditulis: folder {folder} tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}.{hint}</source>
        <translation>{path} tidak dapat ditulis: {why}.{hint}</translation>
    </message>
    <message>
        <source>Nothing can be added: {read_only}</source>
        <translation>Tidak ada yang dapat ditambahkan: {read_only}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} bukan berkas.</translation>
    </message>
    <message>
        <source>{name} is larger than 64 MB; it is not added.</source>
        <translation>{name} lebih besar dari 64 MB; berkas itu tidak ditambahkan.</translation>
    </message>
    <message>
        <source>a file name with a control character ({name})</source>
        <translation>nama berkas yang memuat karakter kendali ({name})</translation>
    </message>
    <message>
        <source>an absolute path ({name})</source>
        <translation>jalur absolut ({name})</translation>
    </message>
    <message>
        <source>a path that leaves the pack ({name}, zip-slip)</source>
        <translation>jalur yang keluar dari paket ({name}, zip-slip)</translation>
    </message>
    <message>
        <source>a file name that is not allowed ({name})</source>
        <translation>nama berkas yang tidak diizinkan ({name})</translation>
    </message>
    <message>
        <source>a link ({name})</source>
        <translation>tautan ({name})</translation>
    </message>
    <message>
        <source>a device file ({name})</source>
        <translation>berkas perangkat ({name})</translation>
    </message>
    <message>
        <source>a file that is not a plain file ({name})</source>
        <translation>berkas yang bukan berkas biasa ({name})</translation>
    </message>
    <message>
        <source>Refused: the pack holds {why}.</source>
        <translation>Ditolak: paket memuat {why}.</translation>
    </message>
    <message>
        <source>Refused: {path} is not a pack file.</source>
        <translation>Ditolak: {path} bukan berkas paket.</translation>
    </message>
    <message>
        <source>Refused: {path} is larger than a pack may be (512 MB).</source>
        <translation>Ditolak: {path} lebih besar daripada batas ukuran paket (512 MB).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {why}.</source>
        <translation>{path} tidak dapat dibaca: {why}.</translation>
    </message>
    <message>
        <source>Refused: not a pack (not a zip file, or a damaged one).</source>
        <translation>Ditolak: bukan paket (bukan berkas zip, atau berkas zip yang rusak).</translation>
    </message>
    <message>
        <source>too many files ({count}; at most {most})</source>
        <translation>terlalu banyak berkas ({count}; paling banyak {most})</translation>
    </message>
    <message>
        <source>the same file twice ({name})</source>
        <translation>berkas yang sama dua kali ({name})</translation>
    </message>
    <message>
        <source>an encrypted file ({name})</source>
        <translation>berkas terenkripsi ({name})</translation>
    </message>
    <message>
        <source>an oversized file ({name}, over 64 MB)</source>
        <translation>berkas yang terlalu besar ({name}, lebih dari 64 MB)</translation>
    </message>
    <message>
        <source>a file compressed like a zip bomb ({name})</source>
        <translation>berkas yang dikompresi seperti bom zip ({name})</translation>
    </message>
    <message>
        <source>more than 512 MB of files</source>
        <translation>berkas lebih dari 512 MB</translation>
    </message>
    <message>
        <source>a file larger than its header says ({name})</source>
        <translation>berkas yang lebih besar daripada yang tertulis di kepalanya ({name})</translation>
    </message>
    <message>
        <source>Refused: the pack&apos;s file {name} is damaged ({kind}).</source>
        <translation>Ditolak: berkas paket {name} rusak ({kind}).</translation>
    </message>
    <message>
        <source>a file whose size does not match its header ({name})</source>
        <translation>berkas yang ukurannya tidak sesuai dengan kepalanya ({name})</translation>
    </message>
    <message>
        <source>{name} is already in the library ({title}).</source>
        <translation>{name} sudah ada di pustaka ({title}).</translation>
    </message>
    <message>
        <source>{ref} is not a document you added (a pack&apos;s goes with `pack remove`).</source>
        <translation>{ref} bukan dokumen yang Anda tambahkan (dokumen dari paket dihapus dengan `pack remove`).</translation>
    </message>
    <message>
        <source>{ref} has no PDF file in this library.</source>
        <translation>{ref} tidak memiliki berkas PDF di pustaka ini.</translation>
    </message>
    <message>
        <source>Cannot write a copy of the PDF to open it: {why}.</source>
        <translation>Salinan PDF untuk membukanya tidak dapat ditulis: {why}.</translation>
    </message>
    <message>
        <source>{key} is not a tracked activity or commitment; give its ref (e.g. commitment:adelaide-2023-12) or its number (12, 15.3): see `bali-desktop tracker show`.</source>
        <translation>{key} bukan kegiatan atau komitmen yang dipantau; berikan ref-nya (misalnya commitment:adelaide-2023-12) atau nomornya (12, 15.3): lihat `bali-desktop tracker show`.</translation>
    </message>
    <message>
        <source>{text} is not an area: give its number, 1 to 8, or cochairs.</source>
        <translation>{text} bukan bidang kerja sama: berikan nomornya, 1 sampai 8, atau cochairs.</translation>
    </message>
    <message>
        <source>The file name holds a NUL character; type it again.</source>
        <translation>Nama berkas memuat karakter NUL; ketik ulang.</translation>
    </message>
    <message>
        <source>{name}: the file name must end in .csv</source>
        <translation>{name}: nama berkas harus berakhiran .csv</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .csv</source>
        <translation>{path} adalah folder; berikan nama berkas yang berakhiran .csv</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}. Nothing was written.</source>
        <translation>{path} tidak dapat ditulis: {why}. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a CSV file.</source>
        <translation>{path} adalah folder; berikan berkas CSV.</translation>
    </message>
    <message>
        <source>{name}: too big for a tracker CSV (over 5 MB).</source>
        <translation>{name}: terlalu besar untuk CSV pemantauan (lebih dari 5 MB).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}. Nothing was changed.</source>
        <translation>{path} tidak dapat dibaca: {reason}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text. In Excel, save it as &apos;CSV UTF-8 (Comma delimited)&apos;.</source>
        <translation>{name} bukan teks UTF-8. Di Excel, simpan sebagai &apos;CSV UTF-8 (Comma delimited)&apos;.</translation>
    </message>
    <message>
        <source>{value} was not imported: it has bad rows. Nothing was changed.</source>
        <translation>{value} tidak diimpor: ada baris yang salah. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{label} changed since the preview; preview the file again. Nothing was changed.</source>
        <translation>{label} berubah sejak pratinjau; pratinjau berkas itu lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{lang} is not a report language; use en or id.</source>
        <translation>{lang} bukan bahasa laporan; gunakan en atau id.</translation>
    </message>
    <message>
        <source>The {name} must be one line of at most 200 characters.</source>
        <translation>{name} harus satu baris dengan paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>A checklist title is at most {limit} characters.</source>
        <translation>Judul daftar periksa paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>{ref} has {limit} logged actions already; that is the most kept.</source>
        <translation>{ref} sudah memiliki {limit} tindakan tercatat; itu jumlah terbanyak yang disimpan.</translation>
    </message>
    <message>
        <source>Unknown role {role}. Roles: {roles}.</source>
        <translation>Peran {role} tidak dikenal. Peran: {roles}.</translation>
    </message>
    <message>
        <source>A contact needs an organisation (or a person&apos;s job title).</source>
        <translation>Kontak memerlukan organisasi (atau jabatan seseorang).</translation>
    </message>
    <message>
        <source>The contact&apos;s {name} is too long ({length} characters; at most {limit}).</source>
        <translation>{name} kontak terlalu panjang ({length} karakter; paling banyak {limit}).</translation>
    </message>
    <message>
        <source>The contact&apos;s {name} holds control characters; type plain text.</source>
        <translation>{name} kontak memuat karakter kontrol; ketik teks biasa.</translation>
    </message>
    <message>
        <source>{phone} does not look like a phone number (digits, spaces, + - ( ) only).</source>
        <translation>{phone} tidak tampak seperti nomor telepon (hanya angka, spasi, + - ( )).</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>rusak</translation>
    </message>
    <message>
        <source>{first}
{rest}</source>
        <translation>{first}
{rest}</translation>
    </message>
    <message>
        <source>Content file missing: {path}. Reinstall Bali Desktop.</source>
        <translation>Berkas isi tidak ada: {path}. Pasang ulang Bali Desktop.</translation>
    </message>
    <message>
        <source>Cannot read content file {path}: {why}</source>
        <translation>Tidak dapat membaca berkas isi {path}: {why}</translation>
    </message>
    <message>
        <source>{path} line {line}: not valid YAML ({problem})</source>
        <translation>{path} baris {line}: bukan YAML yang sah ({problem})</translation>
    </message>
    <message>
        <source>{path}: not valid YAML ({problem})</source>
        <translation>{path}: bukan YAML yang sah ({problem})</translation>
    </message>
    <message>
        <source>item {number} (id {id})</source>
        <translation>butir {number} (id {id})</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>butir {number}</translation>
    </message>
    <message>
        <source>{path}: {item}: field &apos;{field}&apos;: {why}</source>
        <translation>{path}: {item}: kolom &apos;{field}&apos;: {why}</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>tingkat teratas</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(dan {count} lainnya)</translation>
    </message>
    <message>
        <source>Content folder missing: {path}. Reinstall Bali Desktop.</source>
        <translation>Folder isi tidak ada: {path}. Pasang ulang Bali Desktop.</translation>
    </message>
    <message>
        <source>Source document {file} cannot be read: {why}</source>
        <translation>Dokumen sumber {file} tidak dapat dibaca: {why}</translation>
    </message>
    <message>
        <source>{path}: document &apos;{document}&apos; is not in documents.yaml</source>
        <translation>{path}: dokumen &apos;{document}&apos; tidak ada dalam documents.yaml</translation>
    </message>
    <message>
        <source>{ref}: cites unknown document &apos;{document}&apos;</source>
        <translation>{ref}: mengutip dokumen yang tidak dikenal &apos;{document}&apos;</translation>
    </message>
    <message>
        <source>{path}: item {ref}: field &apos;text&apos; is not word for word in its source document &apos;{document}&apos;. Official text must be quoted exactly.</source>
        <translation>{path}: butir {ref}: kolom &apos;text&apos; tidak sama kata demi kata dengan dokumen sumbernya &apos;{document}&apos;. Teks resmi harus dikutip persis.</translation>
    </message>
    <message>
        <source>pathway &apos;{pathway}&apos;: step &apos;{step}&apos;: field &apos;phrases&apos;: no phrase card &apos;{card}&apos;</source>
        <translation>jalur rujukan &apos;{pathway}&apos;: langkah &apos;{step}&apos;: kolom &apos;phrases&apos;: tidak ada kartu frasa &apos;{card}&apos;</translation>
    </message>
    <message>
        <source>Two content items share the ref &apos;{ref}&apos;</source>
        <translation>Dua butir isi memakai ref yang sama &apos;{ref}&apos;</translation>
    </message>
    <message>
        <source>{ref}: links to &apos;{target}&apos;, which does not exist</source>
        <translation>{ref}: menautkan ke &apos;{target}&apos;, yang tidak ada</translation>
    </message>
    <message>
        <source>uses YAML anchors and aliases (&amp;, *), which packs may not</source>
        <translation>menggunakan jangkar dan alias YAML (&amp;, *), yang tidak boleh digunakan dalam paket</translation>
    </message>
    <message>
        <source>Refused: {name} is not UTF-8 text (byte {byte}).</source>
        <translation>Ditolak: {name} bukan teks UTF-8 (bita {byte}).</translation>
    </message>
    <message>
        <source>Refused: {name} line {line} is not valid YAML ({problem}).</source>
        <translation>Ditolak: {name} baris {line} bukan YAML yang sah ({problem}).</translation>
    </message>
    <message>
        <source>Refused: {name} is not valid YAML ({problem}).</source>
        <translation>Ditolak: {name} bukan YAML yang sah ({problem}).</translation>
    </message>
    <message>
        <source>Refused: {name} {why}.</source>
        <translation>Ditolak: {name} {why}.</translation>
    </message>
    <message>
        <source>Refused: {name}: schema error at &apos;{where}&apos;: {why}.</source>
        <translation>Ditolak: {name}: kesalahan skema pada &apos;{where}&apos;: {why}.</translation>
    </message>
    <message>
        <source>Refused: {name}: schema error (nested too deeply).</source>
        <translation>Ditolak: {name}: kesalahan skema (bersarang terlalu dalam).</translation>
    </message>
    <message>
        <source>Refused: {name} is not a PDF (malformed).</source>
        <translation>Ditolak: {name} bukan PDF (rusak).</translation>
    </message>
    <message>
        <source>Refused: {name} is an encrypted PDF; its text cannot be searched.</source>
        <translation>Ditolak: {name} adalah PDF terenkripsi; teksnya tidak dapat dicari.</translation>
    </message>
    <message>
        <source>Refused: {name} is a malformed PDF (no pages).</source>
        <translation>Ditolak: {name} adalah PDF yang rusak (tidak ada halaman).</translation>
    </message>
    <message>
        <source>Refused: {name} has more than {most} pages.</source>
        <translation>Ditolak: {name} memiliki lebih dari {most} halaman.</translation>
    </message>
    <message>
        <source>PDF documents need pypdf, which is not installed; reinstall Bali Desktop.</source>
        <translation>Dokumen PDF memerlukan pypdf, yang tidak terpasang; pasang ulang Bali Desktop.</translation>
    </message>
    <message>
        <source>Refused: {name} is a malformed PDF ({kind}).</source>
        <translation>Ditolak: {name} adalah PDF yang rusak ({kind}).</translation>
    </message>
    <message>
        <source>Refused: {name}: duplicate id {id} ({what}).</source>
        <translation>Ditolak: {name}: id ganda {id} ({what}).</translation>
    </message>
    <message>
        <source>Refused: the pack holds {name}, a file Bali Desktop does not read.</source>
        <translation>Ditolak: paket memuat {name}, berkas yang tidak dibaca oleh Bali Desktop.</translation>
    </message>
    <message>
        <source>national step</source>
        <translation>langkah nasional</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>panduan</translation>
    </message>
    <message>
        <source>phrase set</source>
        <translation>kumpulan frasa</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokumen</translation>
    </message>
    <message>
        <source>Refused: {file}: document {id} names {name}, not a PDF in the pack.</source>
        <translation>Ditolak: {file}: dokumen {id} menyebut {name}, yang bukan PDF di dalam paket.</translation>
    </message>
    <message>
        <source>Refused: {file}: two documents name the same file {name}.</source>
        <translation>Ditolak: {file}: dua dokumen menyebut berkas yang sama {name}.</translation>
    </message>
    <message>
        <source>Refused: the PDF {name} is not named in {file}.</source>
        <translation>Ditolak: PDF {name} tidak disebut dalam {file}.</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>terjemahan</translation>
    </message>
    <message>
        <source>Refused: {name}: language {language} must be its folder&apos;s ({folder}), and not the source language ({source}).</source>
        <translation>Ditolak: {name}: bahasa {language} harus sama dengan bahasa foldernya ({folder}), dan bukan bahasa sumber ({source}).</translation>
    </message>
    <message>
        <source>the pack</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>item</source>
        <translation>butir</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name (a key is never written over).</source>
        <translation>{path} sudah ada; pilih nama lain (kunci tidak pernah ditimpa).</translation>
    </message>
    <message>
        <source>Cannot write the key {path}: {why}.</source>
        <translation>Tidak dapat menulis kunci {path}: {why}.</translation>
    </message>
    <message>
        <source>{path} is too large to be a {what}.</source>
        <translation>{path} terlalu besar untuk sebuah {what}.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: {why}.</source>
        <translation>Tidak dapat membaca {what} {path}: {why}.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>kunci privat</translation>
    </message>
    <message>
        <source>{path} is not an unencrypted Ed25519 private key (made by `pack keygen`).</source>
        <translation>{path} bukan kunci privat Ed25519 yang tidak terenkripsi (dibuat dengan `pack keygen`).</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 key; make one with `bali-desktop pack keygen`.</source>
        <translation>{path} bukan kunci Ed25519; buat kunci dengan `bali-desktop pack keygen`.</translation>
    </message>
    <message>
        <source>not a Bali Desktop public key (its line starts &apos;bali-desktop-pack-key ed25519&apos;).</source>
        <translation>bukan kunci publik Bali Desktop (barisnya diawali &apos;bali-desktop-pack-key ed25519&apos;).</translation>
    </message>
    <message>
        <source>the public key is damaged (not base64).</source>
        <translation>kunci publik rusak (bukan base64).</translation>
    </message>
    <message>
        <source>the public key is damaged (an Ed25519 key is 32 bytes).</source>
        <translation>kunci publik rusak (kunci Ed25519 berukuran 32 bita).</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>kunci publik</translation>
    </message>
    <message>
        <source>{path} is not a public key (not text).</source>
        <translation>{path} bukan kunci publik (bukan teks).</translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <translation>{path}: {why}</translation>
    </message>
    <message>
        <source>field &apos;{where}&apos;: {why}</source>
        <translation>kolom &apos;{where}&apos;: {why}</translation>
    </message>
    <message>
        <source>{file}: {why}</source>
        <translation>{file}: {why}</translation>
    </message>
    <message>
        <source>Refused: the pack&apos;s {file} is not valid JSON.</source>
        <translation>Ditolak: {file} paket bukan JSON yang sah.</translation>
    </message>
    <message>
        <source>Refused: the pack&apos;s {file} is nested too deeply.</source>
        <translation>Ditolak: {file} paket bersarang terlalu dalam.</translation>
    </message>
    <message>
        <source>Refused: the pack&apos;s {file}: {why}.</source>
        <translation>Ditolak: {file} paket: {why}.</translation>
    </message>
    <message>
        <source>Refused: the pack&apos;s signature is damaged (not JSON).</source>
        <translation>Ditolak: tanda tangan paket rusak (bukan JSON).</translation>
    </message>
    <message>
        <source>Refused: the pack&apos;s signature is damaged (not an Ed25519 signature).</source>
        <translation>Ditolak: tanda tangan paket rusak (bukan tanda tangan Ed25519).</translation>
    </message>
    <message>
        <source>The PDF font {path} cannot be read ({why}). Reinstall Bali Desktop.</source>
        <translation>Huruf PDF {path} tidak dapat dibaca ({why}). Pasang ulang Bali Desktop.</translation>
    </message>
    <message>
        <source>Choose at least one item for the handout pack.</source>
        <translation>Pilih sekurang-kurangnya satu butir untuk paket materi.</translation>
    </message>
    <message>
        <source>Will not back up to {path}: that is one of Bali Desktop&apos;s own database files. Nothing was changed; choose a file outside the data folder.</source>
        <translation>Tidak akan mencadangkan ke {path}: itu salah satu berkas basis data Bali Desktop sendiri. Tidak ada yang diubah; pilih berkas di luar folder data.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} sudah ada; pilih nama berkas baru.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written; choose another.</source>
        <translation>Folder {folder} tidak dapat ditulisi; pilih folder lain.</translation>
    </message>
    <message>
        <source>Cannot write the backup to {path}: {why}</source>
        <translation>Tidak dapat menulis cadangan ke {path}: {why}</translation>
    </message>
    <message>
        <source>Refused: {name}: {ref}: translated twice into {language} (also in {other}).</source>
        <translation>Ditolak: {name}: {ref}: diterjemahkan dua kali ke dalam {language} (juga di {other}).</translation>
    </message>
    <message>
        <source>Refused: {name}: dangling ref: a translation of {ref}, which does not exist.</source>
        <translation>Ditolak: {name}: tautan putus: terjemahan dari {ref}, yang tidak ada.</translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation>Ditolak: {why}</translation>
    </message>
    <message>
        <source>Refused: a translation cannot be laid over its item ({kind}).</source>
        <translation>Ditolak: terjemahan tidak dapat diterapkan pada butirnya ({kind}).</translation>
    </message>
    <message>
        <source>{path}: item &apos;{item}&apos;: step &apos;{step}&apos;</source>
        <translation>{path}: butir &apos;{item}&apos;: langkah &apos;{step}&apos;</translation>
    </message>
    <message>
        <source>{where}: field &apos;{field}&apos;: no role &apos;{role}&apos; in roles.yaml</source>
        <translation>{where}: kolom &apos;{field}&apos;: tidak ada peran &apos;{role}&apos; dalam roles.yaml</translation>
    </message>
    <message>
        <source>{where}: field &apos;{field}.to&apos;: no aid &apos;{to}&apos;</source>
        <translation>{where}: kolom &apos;{field}.to&apos;: tidak ada alat bantu &apos;{to}&apos;</translation>
    </message>
    <message>
        <source>{where}: field &apos;{field}.to&apos;: no pathway &apos;{other}&apos;</source>
        <translation>{where}: kolom &apos;{field}.to&apos;: tidak ada jalur rujukan &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>{where}: field &apos;{field}.to&apos;: a step of this pathway is named by its id alone</source>
        <translation>{where}: kolom &apos;{field}.to&apos;: langkah dalam jalur rujukan ini disebut dengan id-nya saja</translation>
    </message>
    <message>
        <source>{where}: field &apos;{field}.to&apos;: pathway &apos;{other}&apos; has no step &apos;{anchor}&apos;</source>
        <translation>{where}: kolom &apos;{field}.to&apos;: jalur rujukan &apos;{other}&apos; tidak memiliki langkah &apos;{anchor}&apos;</translation>
    </message>
    <message>
        <source>{where}: field &apos;{field}.to&apos;: this pathway has no step &apos;{to}&apos;</source>
        <translation>{where}: kolom &apos;{field}.to&apos;: jalur rujukan ini tidak memiliki langkah &apos;{to}&apos;</translation>
    </message>
    <message>
        <source>{where}: field &apos;{field}.then&apos;: this pathway has no step &apos;{step}&apos; to come back to</source>
        <translation>{where}: kolom &apos;{field}.then&apos;: jalur rujukan ini tidak memiliki langkah &apos;{step}&apos; untuk kembali</translation>
    </message>
    <message>
        <source>no item with this ref in the English content</source>
        <translation>tidak ada butir dengan ref ini dalam isi bahasa Inggris</translation>
    </message>
    <message>
        <source>{path}: {ref}: {why}</source>
        <translation>{path}: {ref}: {why}</translation>
    </message>
    <message>
        <source>{path}: language &apos;{language}&apos; must be its folder&apos;s (&apos;{folder}&apos;), and not the source language (&apos;{source}&apos;)</source>
        <translation>{path}: bahasa &apos;{language}&apos; harus sama dengan bahasa foldernya (&apos;{folder}&apos;), dan bukan bahasa sumber (&apos;{source}&apos;)</translation>
    </message>
    <message>
        <source>{path}: {ref}: translated twice into &apos;{language}&apos; (also in {other})</source>
        <translation>{path}: {ref}: diterjemahkan dua kali ke dalam &apos;{language}&apos; (juga di {other})</translation>
    </message>
    <message>
        <source>phrase cards carry every language themselves, with a status: see phrases.yaml</source>
        <translation>kartu frasa memuat sendiri setiap bahasanya, beserta statusnya: lihat phrases.yaml</translation>
    </message>
    <message>
        <source>field &apos;text&apos;: official text (or a quotation) is never translated; it stays in English, labelled as the official English text. Only a title we wrote may be translated.</source>
        <translation>kolom &apos;text&apos;: teks resmi (atau kutipan) tidak pernah diterjemahkan; teks itu tetap dalam bahasa Inggris, ditandai sebagai teks resmi berbahasa Inggris. Hanya judul yang kami tulis yang boleh diterjemahkan.</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; cannot be translated (its title is the source&apos;s own)</source>
        <translation>kolom &apos;{field}&apos; tidak dapat diterjemahkan (judulnya berasal dari sumber itu sendiri)</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; cannot be translated (a {kind} has no such field to translate)</source>
        <translation>kolom &apos;{field}&apos; tidak dapat diterjemahkan ({kind} tidak memiliki kolom itu untuk diterjemahkan)</translation>
    </message>
    <message>
        <source>uses &apos;{bad}&apos;; the glossary&apos;s term is &apos;{good}&apos;</source>
        <translation>memakai &apos;{bad}&apos;; istilah dalam glosarium adalah &apos;{good}&apos;</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; is missing (the English has one)</source>
        <translation>kolom &apos;{field}&apos; tidak ada (versi bahasa Inggris memilikinya)</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; has no English to translate</source>
        <translation>kolom &apos;{field}&apos; tidak memiliki teks bahasa Inggris untuk diterjemahkan</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;: {count} in this translation, the English has {english} (keep them in order)</source>
        <translation>kolom &apos;{field}&apos;: {count} dalam terjemahan ini, versi bahasa Inggris memiliki {english} (pertahankan urutannya)</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;: no pause point &apos;{id}&apos; in the English</source>
        <translation>kolom &apos;{field}&apos;: tidak ada titik jeda &apos;{id}&apos; dalam versi bahasa Inggris</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;: no step &apos;{id}&apos; in the English</source>
        <translation>kolom &apos;{field}&apos;: tidak ada langkah &apos;{id}&apos; dalam versi bahasa Inggris</translation>
    </message>
    <message>
        <source>field &apos;pause_points&apos;: pause point &apos;{id}&apos; is missing</source>
        <translation>kolom &apos;pause_points&apos;: titik jeda &apos;{id}&apos; tidak ada</translation>
    </message>
    <message>
        <source>field &apos;steps&apos;: step &apos;{id}&apos; is missing</source>
        <translation>kolom &apos;steps&apos;: langkah &apos;{id}&apos; tidak ada</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;: the English step asks no decision</source>
        <translation>kolom &apos;{field}&apos;: langkah dalam versi bahasa Inggris tidak menanyakan keputusan</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;: no answer &apos;{answer}&apos; in the English</source>
        <translation>kolom &apos;{field}&apos;: tidak ada jawaban &apos;{answer}&apos; dalam versi bahasa Inggris</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;: answer &apos;{answer}&apos; is missing</source>
        <translation>kolom &apos;{field}&apos;: jawaban &apos;{answer}&apos; tidak ada</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Best match</source>
        <translation>Paling cocok</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status pencarian</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Results while you type. ↑ ↓ to choose, Enter to open, Esc to clear.</source>
        <translation>Hasil muncul saat Anda mengetik. ↑ ↓ untuk memilih, Enter untuk membuka, Esc untuk mengosongkan.</translation>
    </message>
    <message>
        <source>Spelling correction</source>
        <translation>Koreksi ejaan</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>The commonest situations</source>
        <translation>Situasi yang paling sering</translation>
    </message>
    <message>
        <source>Phrase cards: before an interpreter arrives</source>
        <translation>Kartu frasa: sebelum juru bahasa datang</translation>
    </message>
    <message>
        <source>1 result for “{query}”. Enter opens the best match.</source>
        <translation>1 hasil untuk “{query}”. Enter membuka yang paling cocok.</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “{query}”. Enter opens the best match.</source>
        <translation><numerusform>%n hasil untuk “{query}”. Enter membuka yang paling cocok.</numerusform></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Try fewer or other words, for example “child”, “asylum”, “scam”, or open one of these (↓ to choose).</source>
        <translation>Tidak ada hasil untuk “{query}”. Coba lebih sedikit kata atau kata lain, misalnya “anak”, “suaka”, “penipuan”, atau buka salah satu di bawah ini (↓ untuk memilih).</translation>
    </message>
    <message>
        <source>Showing results for {corrected} — search instead for {query}</source>
        <translation>Menampilkan hasil untuk {corrected} — cari {query} saja</translation>
    </message>
    <message>
        <source>Showing results for {corrected}. Activate the link to search instead for {query}.</source>
        <translation>Menampilkan hasil untuk {corrected}. Aktifkan tautan untuk mencari {query} saja.</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Add to checklist…	Ctrl+Shift+A</source>
        <translation>T&amp;ambahkan ke daftar periksa…	Ctrl+Shift+A</translation>
    </message>
</context>
<context>
    <name>search_box</name>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search everything. Results appear as you type; arrows to choose, Enter to open, Escape to clear.</source>
        <translation>Cari di semua isi. Hasil muncul saat Anda mengetik; tombol panah untuk memilih, Enter untuk membuka, Escape untuk mengosongkan.</translation>
    </message>
    <message>
        <source>Search everything  (Ctrl+K or /)</source>
        <translation>Cari di semua isi  (Ctrl+K atau /)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Kosongkan pencarian</translation>
    </message>
</context>
<context>
    <name>sources_page</name>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Dokumen sumber</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>Tentang dokumen ini</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Teks dokumen</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Dokumen sumber</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokumen:</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Membuka dokumen…</translation>
    </message>
    <message>
        <source>No source document {id} in this content version.</source>
        <translation>Tidak ada dokumen sumber {id} dalam versi isi ini.</translation>
    </message>
    <message>
        <source>{publisher}, {date}. {description}  (This description is ours; the text below is the source.)</source>
        <translation>{publisher}, {date}. {description}  (Uraian ini dari kami; teks di bawah adalah sumbernya.)</translation>
    </message>
    <message>
        <source>{publisher}, date not stated. {description}  (This description is ours; the text below is the source.)</source>
        <translation>{publisher}, tanggal tidak disebutkan. {description}  (Uraian ini dari kami; teks di bawah adalah sumbernya.)</translation>
    </message>
</context>
<context>
    <name>step_phrases</name>
    <message>
        <source>Phrase cards (point at your language)</source>
        <translation>Kartu frasa (tunjuk bahasa Anda)</translation>
    </message>
    <message>
        <source>Open the phrase cards, to show a person who does not share your language (F7)</source>
        <translation>Buka kartu frasa, untuk ditunjukkan kepada orang yang tidak berbahasa sama dengan Anda (F7)</translation>
    </message>
</context>
<context>
    <name>step_words</name>
    <message>
        <source>Condition: {words}</source>
        <translation>Syarat: {words}</translation>
    </message>
    <message>
        <source>{say} (our guidance, read aloud): {text}</source>
        <translation>{say} (panduan kami, dibacakan): {text}</translation>
    </message>
    <message>
        <source>  (only with the person&apos;s consent)</source>
        <translation>  (hanya dengan persetujuan orang tersebut)</translation>
    </message>
    <message>
        <source> (from the content pack {pack})</source>
        <translation> (dari paket isi {pack})</translation>
    </message>
    <message>
        <source>no national contact entered yet (Contacts, {keys})</source>
        <translation>belum ada kontak nasional yang dimasukkan (Kontak, {keys})</translation>
    </message>
    <message>
        <source>Contacts for this step: </source>
        <translation>Kontak untuk langkah ini: </translation>
    </message>
</context>
<context>
    <name>strategy_page</name>
    <message>
        <source>2023 Adelaide Strategy for Cooperation: 8 areas of cooperation, 25 activities</source>
        <translation>2023 Adelaide Strategy for Cooperation: 8 bidang kerja sama, 25 kegiatan</translation>
    </message>
    <message>
        <source>2023 Co-Chairs&apos; Statement, paragraph 15: six commitments</source>
        <translation>2023 Co-Chairs&apos; Statement, paragraf 15: enam komitmen</translation>
    </message>
    <message>
        <source>2017 Strategy for Cooperation: objective and its six lines</source>
        <translation>2017 Strategy for Cooperation: tujuan dan enam garisnya</translation>
    </message>
    <message>
        <source>Regional Cooperation Framework (2011): eight principles</source>
        <translation>Regional Cooperation Framework (2011): delapan prinsip</translation>
    </message>
    <message>
        <source>2016 Bali Declaration: priorities</source>
        <translation>2016 Bali Declaration: prioritas</translation>
    </message>
    <message>
        <source>Other passages: {title}</source>
        <translation>Kutipan lain: {title}</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kontras tinggi</translation>
    </message>
</context>
<context>
    <name>timeline_page</name>
    <message>
        <source>January February March April May June July August September October November December</source>
        <translation>Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember</translation>
    </message>
</context>
<context>
    <name>tracker</name>
    <message>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>direncanakan</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sedang berjalan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>tidak berlaku</translation>
    </message>
    <message>
        <source>Overview chart: activities by status, per area</source>
        <translation>Diagram ikhtisar: kegiatan menurut status, per bidang</translation>
    </message>
    <message>
        <source>next: {step}</source>
        <translation>berikutnya: {step}</translation>
    </message>
    <message>
        <source>updated {date}</source>
        <translation>diperbarui {date}</translation>
    </message>
    <message>
        <source>File not imported</source>
        <translation>Berkas tidak diimpor</translation>
    </message>
    <message>
        <source>{name} was not imported: nothing was changed. Correct these rows and try again:</source>
        <translation>{name} tidak diimpor: tidak ada yang diubah. Perbaiki baris-baris ini lalu coba lagi:</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Impor {name}</translation>
    </message>
    <message>
        <source>{changes} activities would change, {same} are the same. Logged actions from the file are added by date. Where the file and this computer disagree (conflicts: {conflicts}), choose which to keep; yours are kept unless you choose the file&apos;s.</source>
        <translation>{changes} kegiatan akan berubah, {same} sama. Tindakan tercatat dari berkas ditambahkan menurut tanggal. Jika berkas dan komputer ini berbeda (konflik: {conflicts}), pilih mana yang disimpan; milik Anda tetap disimpan kecuali Anda memilih milik berkas.</translation>
    </message>
    <message>
        <source>Changes in the file</source>
        <translation>Perubahan dalam berkas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Recorded here</source>
        <translation>Tercatat di sini</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dalam berkas</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source> (conflict)</source>
        <translation> (konflik)</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>sama</translation>
    </message>
    <message numerus="yes">
        <source>%n new logged actions</source>
        <translation><numerusform>%n tindakan tercatat baru</numerusform></translation>
    </message>
    <message>
        <source>Which to keep for {what}</source>
        <translation>Mana yang disimpan untuk {what}</translation>
    </message>
    <message>
        <source>Yours (recorded here)</source>
        <translation>Milik Anda (tercatat di sini)</translation>
    </message>
    <message>
        <source>The file&apos;s</source>
        <translation>Milik berkas</translation>
    </message>
    <message>
        <source>the file&apos;s</source>
        <translation>milik berkas</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Laporan kemajuan</translation>
    </message>
    <message>
        <source>e.g. Senior Officials&apos; Meeting</source>
        <translation>mis. Senior Officials&apos; Meeting</translation>
    </message>
    <message>
        <source>as it should be printed</source>
        <translation>sebagaimana akan dicetak</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Ne&amp;gara</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Pertemuan</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Language of the labels</source>
        <translation>&amp;Bahasa label</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <source>The cover prints what you type here. The official text is quoted in English, as published.</source>
        <translation>Sampul mencetak apa yang Anda ketik di sini. Teks resmi dikutip dalam bahasa Inggris, sebagaimana diterbitkan.</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Simpan laporan kemajuan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Instansi utama</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>mis. Kementerian Luar Negeri</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>What happens next, and by when</source>
        <translation>Apa yang terjadi berikutnya, dan kapan</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Document references, titles of documents or links, one per line</source>
        <translation>Rujukan dokumen, judul dokumen, atau tautan, satu per baris</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save this activity</source>
        <translation>Simpan kegiatan ini</translation>
    </message>
    <message>
        <source>Saved also when you choose another activity or leave the screen</source>
        <translation>Juga tersimpan saat Anda memilih kegiatan lain atau meninggalkan layar</translation>
    </message>
    <message>
        <source>Date of the action</source>
        <translation>Tanggal tindakan</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Tindakan yang diambil</translation>
    </message>
    <message>
        <source>What was done, e.g. Draft SOP sent to the ministry</source>
        <translation>Apa yang dilakukan, mis. Rancangan SOP dikirim ke kementerian</translation>
    </message>
    <message>
        <source>&amp;Log action</source>
        <translation>&amp;Catat tindakan</translation>
    </message>
    <message>
        <source>Add the action to the log</source>
        <translation>Tambahkan tindakan ke catatan</translation>
    </message>
    <message>
        <source>Logged actions, by date</source>
        <translation>Tindakan tercatat, menurut tanggal</translation>
    </message>
    <message>
        <source>Remove logged action</source>
        <translation>Hapus tindakan tercatat</translation>
    </message>
    <message>
        <source>Remove the selected logged action</source>
        <translation>Hapus tindakan tercatat yang dipilih</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Dapat diurungkan</translation>
    </message>
    <message>
        <source>Official text, quoted word for word</source>
        <translation>Teks resmi (bahasa Inggris), dikutip kata demi kata</translation>
    </message>
    <message>
        <source>Open the official text</source>
        <translation>Buka teks resmi</translation>
    </message>
    <message>
        <source>Open the activity&apos;s official text in the reader</source>
        <translation>Buka teks resmi kegiatan ini di pembaca</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Lead age&amp;ncy</source>
        <translation>&amp;Instansi utama</translation>
    </message>
    <message>
        <source>Log of actions</source>
        <translation>Catatan tindakan</translation>
    </message>
    <message>
        <source>Commitment tracker</source>
        <translation>Pemantauan komitmen</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Saring menurut bidang</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Filter by lead agency</source>
        <translation>Saring menurut instansi utama</translation>
    </message>
    <message>
        <source>Lead agency contains…</source>
        <translation>Instansi utama memuat…</translation>
    </message>
    <message>
        <source>Activities and commitments</source>
        <translation>Kegiatan dan komitmen</translation>
    </message>
    <message>
        <source>Latest action</source>
        <translation>Tindakan terakhir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Urungkan perubahan terakhir</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Ulangi perubahan yang diurungkan</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>Export the tracker as a CSV file for another agency (opens in Excel)</source>
        <translation>Ekspor pemantauan sebagai berkas CSV untuk instansi lain (dapat dibuka di Excel)</translation>
    </message>
    <message>
        <source>Merge a CSV file another agency filled in: you see every change first</source>
        <translation>Gabungkan berkas CSV yang diisi instansi lain: Anda melihat setiap perubahan terlebih dahulu</translation>
    </message>
    <message>
        <source>Progress report (&amp;PDF)…</source>
        <translation>Laporan kemajuan (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Print the progress report for a senior officials&apos; meeting</source>
        <translation>Cetak laporan kemajuan untuk pertemuan pejabat senior</translation>
    </message>
    <message>
        <source>Tracker message</source>
        <translation>Pesan pemantauan</translation>
    </message>
    <message>
        <source>What you record here is yours: kept on this computer, backed up with your notes, never changed by a content update. Short activity names are Bali Desktop&apos;s; the official text is quoted word for word.</source>
        <translation>Apa yang Anda catat di sini milik Anda: disimpan di komputer ini, dicadangkan bersama catatan Anda, tidak pernah diubah oleh pembaruan isi. Nama singkat kegiatan berasal dari Bali Desktop; teks resmi dikutip kata demi kata.</translation>
    </message>
    <message>
        <source>The chosen commitment</source>
        <translation>Komitmen yang dipilih</translation>
    </message>
    <message>
        <source>Every area</source>
        <translation>Semua bidang</translation>
    </message>
    <message>
        <source>Saved {what}.</source>
        <translation>{what} tersimpan.</translation>
    </message>
    <message>
        <source>Logged an action on {what}.</source>
        <translation>Tindakan pada {what} dicatat.</translation>
    </message>
    <message>
        <source>Removed a logged action from {what}.</source>
        <translation>Tindakan tercatat pada {what} dihapus.</translation>
    </message>
    <message>
        <source>Not saved yet: {why}</source>
        <translation>Belum tersimpan: {why}</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>I&amp;mpor CSV…</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Diurungkan: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Diulangi: {what}</translation>
    </message>
    <message>
        <source>Export the tracker</source>
        <translation>Ekspor pemantauan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {name}.</source>
        <translation><numerusform>%n baris diekspor ke {name}.</numerusform></translation>
    </message>
    <message>
        <source>Import a tracker CSV</source>
        <translation>Impor CSV pemantauan</translation>
    </message>
    <message>
        <source>{name} was not imported: it has bad rows. Nothing was changed.</source>
        <translation>{name} tidak diimpor: ada baris yang salah. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} holds nothing new: nothing to change.</source>
        <translation>{name} tidak memuat hal baru: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>Impor {name}</translation>
    </message>
    <message>
        <source>Making the progress report…</source>
        <translation>Menyusun laporan kemajuan…</translation>
    </message>
    <message numerus="yes">
        <source>Saved the progress report: {name} (%n pages).</source>
        <translation><numerusform>Laporan kemajuan tersimpan: {name} (%n halaman).</numerusform></translation>
    </message>
</context>
<context>
    <name>translation_note</name>
    <message>
        <source>Translation: {status}.</source>
        <translation>Terjemahan: {status}.</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Status terjemahan</translation>
    </message>
</context>
<context>
    <name>walk_answers</name>
    <message>
        <source>✓ &amp;Done</source>
        <translation>✓ &amp;Selesai</translation>
    </message>
    <message>
        <source>✓ Done
(answer first)</source>
        <translation>✓ Selesai
(jawab dahulu)</translation>
    </message>
    <message>
        <source>   ◀ your answer</source>
        <translation>   ◀ jawaban Anda</translation>
    </message>
    <message>
        <source>Chosen: </source>
        <translation>Dipilih: </translation>
    </message>
    <message>
        <source>No answer chosen yet. Press 1 to {n}, or click one.</source>
        <translation>Belum ada jawaban yang dipilih. Tekan 1 sampai {n}, atau klik salah satu.</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Press Done (Enter) to record it and go on.</source>
        <translation>Jawaban Anda: {answer}. Tekan Selesai (Enter) untuk mencatatnya dan melanjutkan.</translation>
    </message>
</context>
<context>
    <name>walk_clear</name>
    <message>
        <source>Clear all ticks for this pathway…</source>
        <translation>Hapus semua centang jalur rujukan ini…</translation>
    </message>
    <message>
        <source>Clear all ticks</source>
        <translation>Hapus semua centang</translation>
    </message>
    <message>
        <source>Wipe the ticks and times recorded for this pathway (asks first; can be undone)</source>
        <translation>Hapus centang dan waktu yang tercatat untuk jalur rujukan ini (bertanya dahulu; dapat diurungkan)</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>Urungkan penghapusan</translation>
    </message>
    <message>
        <source>Bring back the ticks just cleared</source>
        <translation>Kembalikan centang yang baru dihapus</translation>
    </message>
    <message>
        <source>No ticks recorded for this pathway.</source>
        <translation>Tidak ada centang yang tercatat untuk jalur rujukan ini.</translation>
    </message>
    <message>
        <source>Clear all ticks?</source>
        <translation>Hapus semua centang?</translation>
    </message>
    <message numerus="yes">
        <source>Clear the %n ticks and times recorded for “{title}”?

Do this only when the case has been handed over. You can undo it until you leave the walk-through.</source>
        <translation><numerusform>Hapus %n centang dan waktu yang tercatat untuk “{title}”?

Lakukan ini hanya setelah kasus diserahterimakan. Anda dapat mengurungkannya sampai meninggalkan penelusuran.</numerusform></translation>
    </message>
    <message>
        <source>Clear the ticks</source>
        <translation>Hapus centang</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>Ticks and times for this pathway were cleared. Undo clear brings them back.</source>
        <translation>Centang dan waktu untuk jalur rujukan ini telah dihapus. Urungkan penghapusan mengembalikannya.</translation>
    </message>
    <message>
        <source>The ticks and times are back.</source>
        <translation>Centang dan waktu sudah kembali.</translation>
    </message>
</context>
<context>
    <name>walk_route</name>
    <message>
        <source>◀  From “{title}”, step {number} — back</source>
        <translation>◀  Dari “{title}”, langkah {number} — kembali</translation>
    </message>
    <message>
        <source>step {number} ({why})</source>
        <translation>langkah {number} ({why})</translation>
    </message>
    <message>
        <source>Passed over, not for this case: </source>
        <translation>Dilewati, bukan untuk kasus ini: </translation>
    </message>
    <message>
        <source>{off} passed over for this case, </source>
        <translation>{off} dilewati untuk kasus ini, </translation>
    </message>
    <message numerus="yes">
        <source>{done} done, {na} not applicable, {gated}{left} still open of %n steps.</source>
        <translation><numerusform>{done} selesai, {na} tidak berlaku, {gated}{left} masih terbuka dari %n langkah.</numerusform></translation>
    </message>
</context>
<context>
    <name>walk_saves</name>
    <message>
        <source>Your walk-through ticks</source>
        <translation>Centang penelusuran Anda</translation>
    </message>
    <message>
        <source>✓ Recorded as done at {when}.</source>
        <translation>✓ Dicatat selesai pukul {when}.</translation>
    </message>
    <message>
        <source>Recorded as not applicable at {when}.</source>
        <translation>Dicatat tidak berlaku pukul {when}.</translation>
    </message>
    <message>
        <source> Not saved yet: {reason}</source>
        <translation> Belum tersimpan: {reason}</translation>
    </message>
    <message>
        <source> Some ticks are not saved yet: {reason}</source>
        <translation> Sebagian centang belum tersimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>walk_words</name>
    <message numerus="yes">
        <source>All %n steps seen</source>
        <translation><numerusform>Semua %n langkah sudah dilihat</numerusform></translation>
    </message>
    <message>
        <source>You have reached the end of this route.</source>
        <translation>Anda telah sampai di akhir alur ini.</translation>
    </message>
    <message>
        <source>You have reached the end of this pathway.</source>
        <translation>Anda telah sampai di akhir jalur rujukan ini.</translation>
    </message>
    <message>
        <source>End of the pathway</source>
        <translation>Akhir jalur rujukan</translation>
    </message>
    <message>
        <source>Check the summary below. Clear the ticks when the case is handed over.</source>
        <translation>Periksa ringkasan di bawah. Hapus centang setelah kasus diserahterimakan.</translation>
    </message>
    <message>
        <source>  ·  then back to step {number} of “{title}”</source>
        <translation>  ·  lalu kembali ke langkah {number} pada “{title}”</translation>
    </message>
    <message>
        <source>Step {number} of {total}  ·  {pause}</source>
        <translation>Langkah {number} dari {total}  ·  {pause}</translation>
    </message>
    <message>
        <source>Step {number}: {action}</source>
        <translation>Langkah {number}: {action}</translation>
    </message>
    <message>
        <source>Condition: {words}</source>
        <translation>Syarat: {words}</translation>
    </message>
    <message>
        <source>{say} (our guidance, read aloud): {text}</source>
        <translation>{say} (panduan kami, dibacakan): {text}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Decide: {question}</source>
        <translation>Putuskan: {question}</translation>
    </message>
    <message>
        <source>Decision: {question} Press 1 to {n} to choose an answer.</source>
        <translation>Keputusan: {question} Tekan 1 sampai {n} untuk memilih jawaban.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
</context>
<context>
    <name>walkthrough_page</name>
    <message>
        <source>Walk-through</source>
        <translation>Penelusuran</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Jalur rujukan</translation>
    </message>
    <message>
        <source>Walk-through. Only ticks and times are recorded: never write names here.</source>
        <translation>Penelusuran. Hanya centang dan waktu yang dicatat: jangan pernah menulis nama di sini.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Steps passed over</source>
        <translation>Langkah yang dilewati</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Ucapkan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ Ke&amp;mbali</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Kembali ke langkah sebelumnya</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Record this step as done (Alt+D)</source>
        <translation>Catat langkah ini sebagai selesai (Alt+D)</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>T&amp;idak berlaku</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <source>Record this step as not applicable (Alt+N)</source>
        <translation>Catat langkah ini sebagai tidak berlaku (Alt+N)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Show all steps (F4)</source>
        <translation>Tampilkan semua langkah (F4)</translation>
    </message>
    <message>
        <source>Show all steps</source>
        <translation>Tampilkan semua langkah</translation>
    </message>
    <message>
        <source>Back to the whole pathway</source>
        <translation>Kembali ke seluruh jalur rujukan</translation>
    </message>
    <message>
        <source>Start again from step 1</source>
        <translation>Mulai lagi dari langkah 1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>No pathway {ref} in this content version.</source>
        <translation>Tidak ada jalur rujukan {ref} dalam versi isi ini.</translation>
    </message>
</context>
<context>
    <name>whoswho_page</name>
    <message numerus="yes">
        <source>Members: %n governments</source>
        <translation><numerusform>Anggota: %n pemerintah</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Members: %n organisations</source>
        <translation><numerusform>Anggota: %n organisasi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Observers: %n governments</source>
        <translation><numerusform>Peninjau: %n pemerintah</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Observers: %n organisations</source>
        <translation><numerusform>Peninjau: %n organisasi</numerusform></translation>
    </message>
    <message>
        <source>Groups, working groups and the Regional Support Office ({n})</source>
        <translation>Kelompok, kelompok kerja, dan Regional Support Office ({n})</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Column headings</source>
        <translation>Judul kolom</translation>
    </message>
    <message>
        <source>Your note (kept on this computer only; do not write names of people you screen)</source>
        <translation>Catatan Anda (hanya disimpan di komputer ini; jangan menulis nama orang yang Anda periksa)</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Catatan Anda</translation>
    </message>
    <message>
        <source>Your note on this item</source>
        <translation>Catatan Anda pada butir ini</translation>
    </message>
    <message>
        <source>Type a note about this item…</source>
        <translation>Ketik catatan tentang butir ini…</translation>
    </message>
    <message>
        <source>Your note is not saved yet: {reason}</source>
        <translation>Catatan Anda belum tersimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>window_messages</name>
    <message>
        <source>Opening the library…</source>
        <translation>Membuka pustaka…</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Versi isi</translation>
    </message>
    <message>
        <source>Content {version} · works offline</source>
        <translation>Isi {version} · bekerja luring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Library not open</source>
        <translation>Pustaka belum terbuka</translation>
    </message>
</context>
</TS>
