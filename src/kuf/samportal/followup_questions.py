"""The questions of the yearly follow-up as the administration asks them today.

Taken from the checklists in the FVG material of June 2026 (the seeds). The
install profile creates a template of each kind from this data; after that HR
maintains the questions through the web (copy last year's template, change it).
"""

AFS = "AFS 2023:1 Systematiskt arbetsmiljöarbete"
DL_5 = "Diskrimineringslagen (2008:567) 3 kap. 5 §"


def _q(qid, area, text, help_text="", legal_basis=AFS):
    return {"id": qid, "area": area, "text": text, "help": help_text, "legal_basis": legal_basis}


SAM_QUESTIONS = (
    _q(
        "f1",
        "Arbetsmiljöpolicy",
        "Är stadens arbetsmiljöpolicy (tillika personalpolicyn) känd på arbetsplatsen?",
        "Till exempel genomgång på APT eller i samband med medarbetarsamtal.",
    ),
    _q(
        "f2",
        "Rutiner SAM",
        "Finns skriftliga rutiner som beskriver hur det systematiska arbetsmiljöarbetet "
        "ska gå till på arbetsplatsen?",
        "Kulturförvaltningens arbetsmiljöhandbok innehåller förvaltningens rutiner.",
    ),
    _q(
        "f3",
        "Uppgiftsfördelning och kunskaper",
        "Finns en skriftlig uppgiftsfördelning för alla på arbetsplatsen som tilldelats "
        "arbetsmiljöuppgifter?",
    ),
    _q(
        "f4",
        "Uppgiftsfördelning och kunskaper",
        "Följs förutsättningarna upp för de som tilldelats arbetsmiljöuppgifter: tillräcklig "
        "kunskap, befogenheter och resurser för arbetsmiljöuppgifterna?",
    ),
    _q(
        "f5",
        "Uppgiftsfördelning och kunskaper",
        "Har chefer, medarbetare och skyddsombud kunskaper om förhållanden som skapar en god "
        "arbetsmiljö?",
    ),
    _q(
        "f6",
        "Uppgiftsfördelning och kunskaper",
        "Har chefer, medarbetare och skyddsombud kunskaper om de arbetsmiljörisker som finns "
        "på arbetsplatsen?",
    ),
    _q(
        "f7",
        "Uppgiftsfördelning och kunskaper",
        "Har medarbetarna kunskaper om hur de ska utföra arbetet säkert?",
    ),
    _q(
        "f8",
        "Uppgiftsfördelning och kunskaper",
        "Anlitas företagshälsovården vid behov av stöd i det systematiska arbetsmiljöarbetet "
        "(inklusive arbetsanpassning och rehabilitering)?",
        legal_basis=f"{AFS}; Arbetsmiljölagen 3 kap. 2 c §",
    ),
    _q(
        "f9",
        "Uppgiftsfördelning och kunskaper",
        "Har medarbetarna möjlighet att medverka i verksamhetens systematiska "
        "arbetsmiljöarbete (t ex APT)?",
    ),
    _q(
        "f10",
        "Uppgiftsfördelning och kunskaper",
        "Integreras arbetsmiljöarbetet med andra aktiviteter i verksamhetens styrnings- och "
        "förbättringsarbete (t ex kompetensförsörjnings-, budget- och kvalitetsarbete)?",
    ),
    _q(
        "f11",
        "Uppgiftsfördelning och kunskaper",
        "Samverkar chefer och skyddsombud i frågor gällande verksamhetens systematiska "
        "arbetsmiljöarbete (t ex arbetsmiljöronder, riskbedömningar)?",
        legal_basis=f"{AFS}; Arbetsmiljölagen 6 kap.",
    ),
    _q(
        "f12",
        "Risker i arbetet",
        "Finns skriftliga instruktioner när det gäller särskilt riskfyllda arbetsuppgifter/för "
        "de risker som bedömts som allvarliga?",
    ),
    _q(
        "f13",
        "Friskfaktorer",
        "Bedriver vi på arbetsplatsen ett främjande arbete med tidiga insatser för ett hållbart "
        "arbetsliv?",
        "Till exempel arbete med friskfaktorer.",
    ),
    _q(
        "f14",
        "Friskfaktorer",
        "Följs den organisatoriska och sociala arbetsmiljön upp (i syfte att främja hälsa och "
        "motverka ohälsa) på förvaltnings- och/eller arbetsplatsnivå?",
    ),
    _q(
        "f15",
        "Undersökning, riskbedömning, åtgärda, följa upp",
        "Genomförs undersökningar av verksamhetens arbetsmiljö löpande (gällande fysisk, "
        "organisatorisk och social arbetsmiljö)?",
        "Till exempel skyddsronder och medarbetarenkät.",
    ),
    _q(
        "f16",
        "Undersökning, riskbedömning, åtgärda, följa upp",
        "Genomförs riskbedömningar av verksamhetens arbetsmiljö löpande?",
    ),
    _q(
        "f17",
        "Undersökning, riskbedömning, åtgärda, följa upp",
        "Dokumenteras planerade åtgärder i en handlingsplan?",
    ),
    _q(
        "f18",
        "Undersökning, riskbedömning, åtgärda, följa upp",
        "Har uppföljning av vidtagna åtgärder genomförts i syfte att kontrollera att de fått "
        "avsedd effekt?",
    ),
    _q(
        "f19",
        "Riskbedömningar inför förändring",
        "Genomförs riskbedömningar inför förändring i verksamheten (förändringar som avses kan "
        "t ex röra omorganisation, ombyggnation, nya arbetssätt)?",
    ),
    _q(
        "f20",
        "Tillbud, arbetsskador och ohälsa",
        "Har utredningar av eventuella tillbud, arbetsskador eller ohälsa genomförts i syfte att "
        "undvika att fler kan drabbas?",
    ),
    _q(
        "f21",
        "Årlig uppföljning",
        "Följs beslutade åtgärder upp i samverkan?",
    ),
    _q(
        "f22",
        "Årlig uppföljning",
        "Genomförs årlig uppföljning av SAM i samverkan?",
    ),
)

AKTIVA_ATGARDER_QUESTIONS = (
    _q(
        "f1",
        "Arbetsförhållanden",
        "Har vi ett arbetsklimat som är fritt från attityder och fördomar som kan leda till "
        "diskriminering?",
        legal_basis=DL_5,
    ),
    _q(
        "f2",
        "Arbetsförhållanden",
        "Har chefer och medarbetare tillräckliga kunskaper om vilka diskrimineringsgrunderna är?",
        "Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller "
        "annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.",
        legal_basis=DL_5,
    ),
    _q(
        "f3",
        "Trakasserier och repressalier",
        "Känner chefer och medarbetare till rutinen för hantering av kränkande särbehandling?",
        legal_basis="Diskrimineringslagen (2008:567) 3 kap. 6 §; AFS 2023:1",
    ),
    _q(
        "f4",
        "Löner och anställningsvillkor",
        "Har den årliga lönekartläggningen genomförts och har osakliga skillnader åtgärdats?",
        legal_basis="Diskrimineringslagen (2008:567) 3 kap. 8–12 §§",
    ),
    _q(
        "f5",
        "Rekrytering och befordran",
        "Genomförs rekrytering och befordran så att ingen missgynnas utifrån "
        "diskrimineringsgrunderna?",
        legal_basis=DL_5,
    ),
    _q(
        "f6",
        "Utbildning och kompetensutveckling",
        "Har alla medarbetare samma möjligheter till utbildning och kompetensutveckling?",
        legal_basis=DL_5,
    ),
    _q(
        "f7",
        "Arbete och föräldraskap",
        "Går det att förena arbete och föräldraskap på arbetsplatsen?",
        legal_basis=DL_5,
    ),
)

DEFAULT_TEMPLATES = (
    {"kind": "sam", "scale": "instammer", "questions": SAM_QUESTIONS},
    {"kind": "aktiva_atgarder", "scale": "ja_nej", "questions": AKTIVA_ATGARDER_QUESTIONS},
)
