// BankID signing page: collect once a second, show the next QR code and
// BankID's message, go back to the protocol when the signature is recorded.
(function () {
  "use strict";
  function start() {
    var box = document.querySelector(".kuf-bankid-pending");
    if (!box) { return; }
    var message = box.querySelector(".kuf-bankid-message");
    var qr = box.querySelector(".kuf-bankid-qr");
    var check = box.querySelector(".kuf-bankid-check");
    if (check) { check.hidden = true; }
    var body = new URLSearchParams({ _authenticator: box.dataset.authenticator });
    function poll() {
      fetch(box.dataset.statusUrl, { method: "POST", body: body, credentials: "same-origin",
                                     headers: { Accept: "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (answer.message) { message.textContent = answer.message; }
          if (answer.status === "pending") {
            if (answer.qr) { qr.innerHTML = answer.qr; }
            window.setTimeout(poll, 1000);
          } else if (answer.status === "complete") {
            window.location.href = answer.redirect;
          } else {
            box.classList.add("kuf-bankid-failed");
            qr.hidden = true;
            var again = document.createElement("a");
            again.href = window.location.href;
            again.className = "btn btn-primary";
            again.textContent = "Försök igen";
            message.after(again);
          }
        })
        .catch(function () { window.setTimeout(poll, 2000); });
    }
    window.setTimeout(poll, 1000);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
