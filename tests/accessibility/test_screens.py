"""Issue 17: screenshots of the follow-up form (the demo chef) and of the
handbook page (HR) at 1366 px and 390 px, for people to look at. Written only
when KUF_SCREENS names a folder; the save bar must be in view either way."""

import os
from pathlib import Path
from tests.accessibility.conftest import logged_in_page


KUN = "uppfoljning/kulturforvaltningen/stadsbiblioteket/kungsholmen-och-norrmalm/2026-sam"


def test_the_save_bar_is_in_view_at_both_widths(themed, chromium):
    folder = os.environ.get("KUF_SCREENS")
    pages = (("chef", KUN, "uppfoljning-chef"), ("hr", "arbetsmiljohandbok", "handbok-hr"))
    for user, path, name in pages:
        page = logged_in_page(chromium, themed, user)
        for width, height in ((1366, 900), (390, 844)):
            page.set_viewport_size({"width": width, "height": height})
            page.goto(f"{themed.absolute_url()}/{path}")
            if user == "chef":
                bar = page.locator(".kuf-actionbar")
                box = bar.bounding_box()
                assert box is not None
                assert box["y"] + box["height"] <= height + 1, (width, box)  # sticky, in view
                assert "besvarade" in bar.inner_text()
            if folder:
                page.screenshot(path=str(Path(folder) / f"pages-{name}-{width}.png"))
                if user == "chef":
                    page.screenshot(
                        path=str(Path(folder) / f"pages-{name}-{width}-full.png"), full_page=True
                    )
        page.close()
