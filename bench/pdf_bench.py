"""PDF speed, in process: a one-page checklist and a handout pack of about 20 pages."""

from __future__ import annotations

import sys
import tempfile

from bench.stats import median, time_ms

PACK_CANDIDATES = [
    "pathway:victim-of-trafficking",
    "pathway:child",
    "pathway:international-protection",
    "pathway:smuggled-migrant",
    "pathway:maritime-rescue",
    "pathway:scam-returnee",
    "aid:smuggling-or-trafficking",
    *[f"area:adelaide-2023-{n}" for n in range(1, 9)],
    "guide:screening-referral-toolkit",
    "guide:policy-guide-identifying-victims",
    "guide:guide-assisting-interviewing-child-victims",
    "member:turkiye",
    "member:viet-nam",
]


def _one_page_ref(library, build) -> str:
    """The first shipped checklist template (aid, pathway, area) that prints on one page."""
    refs = [
        "aid:smuggling-or-trafficking",
        *[f"pathway:{p.id}" for p in library.items("pathway")],
        *[f"area:{a.id}" for a in library.items("area")],
    ]
    for ref in refs:
        if build([ref], "checklist")[1] == 1:
            return ref
    raise RuntimeError("no checklist template prints on one page")


def run(rounds: int = 9) -> dict[str, float]:
    from bali_desktop.services import printing
    from bali_desktop.services.session import Session

    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        lib = Session.open(tmp)

        def build(refs: list[str], layout: str | None = None) -> tuple[bytes, int]:
            built = printing.render(
                printing.gather(lib, printing.PrintRequest(refs=tuple(refs), layout=layout))
            )
            return built.data, built.pages

        card = _one_page_ref(lib.content, build)
        print(f"  one-page checklist: {card}", file=sys.stderr)
        pack: list[str] = []
        for ref in PACK_CANDIDATES:  # grow the pack until it reaches 20 pages
            pack.append(ref)
            if build(pack, "handout")[1] >= 20:
                break
        pages = build(pack, "handout")[1]
        one = time_ms(lambda: build([card], "checklist"), rounds)
        many = time_ms(lambda: build(pack, "handout"), max(3, rounds // 3))
        lib.close()
    return {"pdf_checklist_ms": median(one), "pdf_pack_ms": median(many), "pdf_pack_pages": pages}


if __name__ == "__main__":
    for k, v in run(3).items():
        print(f"{k:24} {v:8.1f}")
