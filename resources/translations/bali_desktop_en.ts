<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>backup_dialogs</name>
    <message numerus="yes">
        <source>%n backups in {folder}.</source>
        <translation><numerusform>%n backup in {folder}.</numerusform><numerusform>%n backups in {folder}.</numerusform></translation>
    </message>
</context>
<context>
    <name>checklists.dialogs</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
</context>
<context>
    <name>checklists.output</name>
    <message numerus="yes">
        <source>Saved the checklist (%n pages) to {path}.</source>
        <translation><numerusform>Saved the checklist (%n page) to {path}.</numerusform><numerusform>Saved the checklist (%n pages) to {path}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved the handout pack (%n pages) to {path}.</source>
        <translation><numerusform>Saved the handout pack (%n page) to {path}.</numerusform><numerusform>Saved the handout pack (%n pages) to {path}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation><numerusform>Sent %n page to the printer.</numerusform><numerusform>Sent %n pages to the printer.</numerusform></translation>
    </message>
</context>
<context>
    <name>item_html</name>
    <message numerus="yes">
        <source>File: {file}, %n pages.</source>
        <translation><numerusform>File: {file}, %n page.</numerusform><numerusform>File: {file}, %n pages.</numerusform></translation>
    </message>
</context>
<context>
    <name>pack_dialog</name>
    <message numerus="yes">
        <source>Added “{title}” (%n pages): its text is found by search, and it opens in your PDF viewer.</source>
        <translation><numerusform>Added “{title}” (%n page): its text is found by search, and it opens in your PDF viewer.</numerusform><numerusform>Added “{title}” (%n pages): its text is found by search, and it opens in your PDF viewer.</numerusform></translation>
    </message>
</context>
<context>
    <name>result_words</name>
    <message numerus="yes">
        <source>%n activities updated from the file</source>
        <translation><numerusform>%n activity updated from the file</numerusform><numerusform>%n activities updated from the file</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts kept as recorded here</source>
        <translation><numerusform>%n conflict kept as recorded here</numerusform><numerusform>%n conflicts kept as recorded here</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n logged actions added</source>
        <translation><numerusform>%n logged action added</numerusform><numerusform>%n logged actions added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, and %n damaged copies that could not be cleaned were deleted</source>
        <translation><numerusform>, and %n damaged copy that could not be cleaned was deleted</numerusform><numerusform>, and %n damaged copies that could not be cleaned were deleted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; the same were erased from the %n backups, which are kept</source>
        <translation><numerusform>; the same were erased from the backup, which is kept</numerusform><numerusform>; the same were erased from the %n backups, which are kept</numerusform></translation>
    </message>
</context>
<context>
    <name>search</name>
    <message numerus="yes">
        <source>%n results for “{query}”. Enter opens the best match.</source>
        <translation><numerusform>%n result for “{query}”. Enter opens the best match.</numerusform><numerusform>%n results for “{query}”. Enter opens the best match.</numerusform></translation>
    </message>
</context>
<context>
    <name>tracker</name>
    <message numerus="yes">
        <source>%n new logged actions</source>
        <translation><numerusform>%n new logged action</numerusform><numerusform>%n new logged actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {name}.</source>
        <translation><numerusform>Exported %n row to {name}.</numerusform><numerusform>Exported %n rows to {name}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved the progress report: {name} (%n pages).</source>
        <translation><numerusform>Saved the progress report: {name} (%n page).</numerusform><numerusform>Saved the progress report: {name} (%n pages).</numerusform></translation>
    </message>
</context>
<context>
    <name>walk_clear</name>
    <message numerus="yes">
        <source>Clear the %n ticks and times recorded for “{title}”?

Do this only when the case has been handed over. You can undo it until you leave the walk-through.</source>
        <translation><numerusform>Clear the tick and time recorded for “{title}”?

Do this only when the case has been handed over. You can undo it until you leave the walk-through.</numerusform><numerusform>Clear the %n ticks and times recorded for “{title}”?

Do this only when the case has been handed over. You can undo it until you leave the walk-through.</numerusform></translation>
    </message>
</context>
<context>
    <name>walk_route</name>
    <message numerus="yes">
        <source>{done} done, {na} not applicable, {gated}{left} still open of %n steps.</source>
        <translation><numerusform>{done} done, {na} not applicable, {gated}{left} still open of %n step.</numerusform><numerusform>{done} done, {na} not applicable, {gated}{left} still open of %n steps.</numerusform></translation>
    </message>
</context>
<context>
    <name>walk_words</name>
    <message numerus="yes">
        <source>All %n steps seen</source>
        <translation><numerusform>The %n step seen</numerusform><numerusform>All %n steps seen</numerusform></translation>
    </message>
</context>
<context>
    <name>whoswho_page</name>
    <message numerus="yes">
        <source>Members: %n governments</source>
        <translation><numerusform>Members: %n government</numerusform><numerusform>Members: %n governments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Members: %n organisations</source>
        <translation><numerusform>Members: %n organisation</numerusform><numerusform>Members: %n organisations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Observers: %n governments</source>
        <translation><numerusform>Observers: %n government</numerusform><numerusform>Observers: %n governments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Observers: %n organisations</source>
        <translation><numerusform>Observers: %n organisation</numerusform><numerusform>Observers: %n organisations</numerusform></translation>
    </message>
</context>
</TS>
