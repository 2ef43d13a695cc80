"""The demo users. Their ids are a contract: scripts and integrations use them."""

from dataclasses import dataclass


DEFAULT_PASSWORD = "samverkan"  # noqa: S105 (demo users only, documented)


@dataclass(frozen=True)
class DemoUser:
    id: str
    fullname: str
    description: str
    groups: tuple[str, ...]

    @property
    def email(self) -> str:
        return f"{self.id}@kuf.example.org"


DEMO_USERS = (
    DemoUser(
        "sekreterare",
        "Eva Lindqvist",
        "Chefssekreterare, för protokoll i FVG",
        ("funktion-sekreterare",),
    ),
    DemoUser(
        "arbetsgivare",
        "Anna Karlsson",
        "Administrativ chef, arbetsgivarrepresentant",
        ("part-arbetsgivaren",),
    ),
    DemoUser("hr", "Maria Holm", "HR-strateg, HR-enheten", ("funktion-hr",)),
    DemoUser("saco", "Karin Nyström", "Facklig representant, Saco", ("part-saco",)),
    DemoUser("vision", "Peter Ek", "Facklig representant, Vision", ("part-vision",)),
    DemoUser("dik", "Lena Sjöberg", "Facklig representant, DIK", ("part-dik",)),
    DemoUser("kommunal", "Ahmed Hassan", "Facklig representant, Kommunal", ("part-kommunal",)),
    DemoUser(
        "sveriges-larare",
        "Sofia Lund",
        "Facklig representant, Sveriges Lärare",
        ("part-sveriges-larare",),
    ),
    DemoUser("ssr", "Erik Wallin", "Facklig representant, Akademikerförbundet SSR", ("part-ssr",)),
    DemoUser("ledarna", "Helena Ström", "Facklig representant, Ledarna", ("part-ledarna",)),
    DemoUser(
        "chef",
        "Mikael Andersson",
        "Enhetschef, Kungsholmen och Norrmalm (Stadsbiblioteket)",
        ("funktion-chefer",),
    ),
    DemoUser(
        "skyddsombud",
        "Nina Persson",
        "Skyddsombud, Kungsholmen och Norrmalm (Stadsbiblioteket)",
        ("funktion-skyddsombud",),
    ),
    DemoUser(
        "forvaltningschef",
        "Katarina Berg",
        "Förvaltningschef, Kulturförvaltningen",
        ("funktion-chefer",),
    ),
    DemoUser(
        "bibliotekschef",
        "Johan Ekström",
        "Avdelningschef, Stockholms stadsbibliotek",
        ("funktion-chefer",),
    ),
    DemoUser(
        "huvudskyddsombud",
        "Lars Nilsson",
        "Huvudskyddsombud, Kulturförvaltningen",
        ("funktion-skyddsombud",),
    ),
    DemoUser(
        "medarbetare",
        "Oskar Lind",
        "Bibliotekarie, Kungsholmen och Norrmalm (Stadsbiblioteket)",
        (),
    ),
)
