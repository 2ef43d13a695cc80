"""What BankID's answers mean to the user, in BankID's recommended words
(the RFA messages of BankID's integration guide). Plain Python."""

from kuf.samportal import _


RFA1 = _("bankid_rfa1", default="Start your BankID app.")
RFA3 = _("bankid_rfa3", default="Action cancelled. Please try again.")
RFA4 = _(
    "bankid_rfa4",
    default="An identification or signing for this personal number is already started. "
    "Please try again.",
)
RFA5 = _("bankid_rfa5", default="Internal error. Please try again.")
RFA6 = _("bankid_rfa6", default="Action cancelled.")
RFA8 = _(
    "bankid_rfa8",
    default="The BankID app is not responding. Please check that it is started and that "
    "you have internet access. If you don't have a valid BankID you can get one from your "
    "bank. Try again.",
)
RFA9 = _(
    "bankid_rfa9",
    default="Enter your security code in the BankID app and select Identify or Sign.",
)
RFA13 = _("bankid_rfa13", default="Trying to start your BankID app.")
RFA16 = _(
    "bankid_rfa16",
    default="The BankID you are trying to use is blocked or too old. Please use another "
    "BankID or get a new one from your bank.",
)
RFA17 = _(
    "bankid_rfa17",
    default="Failed to scan the QR code. Start the BankID app and scan the QR code. Check "
    "that the BankID app is up to date. If you don't have the BankID app, you need to "
    "install it and get a BankID from your bank.",
)
RFA21 = _("bankid_rfa21", default="Identification or signing in progress.")
RFA22 = _("bankid_rfa22", default="Unknown error. Please try again.")
RFA23 = _(
    "bankid_rfa23", default="Process your machine-readable travel document using the BankID app."
)
RISK_BLOCKED = _(
    "bankid_risk_blocked",
    default="BankID blocked the signing because of a risk of fraud. Contact your bank if "
    "you did not start the signing yourself.",
)
NOT_SUPPORTED = _(
    "bankid_not_supported",
    default="Your BankID app cannot sign this. Update the BankID app and try again.",
)

PENDING = {
    "outstandingTransaction": RFA1,
    "noClient": RFA1,
    "started": RFA21,
    "userMrtd": RFA23,
    "userCallConfirm": RFA9,
    "userSign": RFA9,
}

FAILED = {
    "expiredTransaction": RFA8,
    "certificateErr": RFA16,
    "userCancel": RFA6,
    "cancelled": RFA3,
    "startFailed": RFA17,
    "userDeclinedCall": RFA6,
    "notSupportedByUserApp": NOT_SUPPORTED,
    "transactionRiskBlocked": RISK_BLOCKED,
}

# errorCode of an HTTP error from the RP API.
ERRORS = {
    "alreadyInProgress": RFA4,
    "requestTimeout": RFA5,
    "maintenance": RFA5,
    "internalError": RFA5,
}


def pending_message(hint_code: str, autostarted: bool = False):
    if hint_code == "outstandingTransaction" and autostarted:
        return RFA13
    return PENDING.get(hint_code, RFA21)


def failed_message(hint_code: str):
    return FAILED.get(hint_code, RFA22)


def error_message(error_code: str):
    return ERRORS.get(error_code, RFA22)
