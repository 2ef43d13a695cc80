// TinyMCE in Swedish. Mockup's rich-text pattern loads TinyMCE's language
// from the page's language, and TinyMCE names Swedish "sv_SE" (from
// "sv-SE"), not "sv"; Plone's own catalogs take "sv-SE" as "sv".
(function () {
  const editors = ".pat-tinymce, .pat-textareamimetypeselector, textarea.richTextWidget";
  if (!document.querySelector(editors)) return;
  if (document.documentElement.lang === "sv") document.documentElement.lang = "sv-SE";

  // TinyMCE 7 names the editable body, not its iframe (WCAG 4.1.2, axe
  // "frame-title"): give each iframe the title of its field's label.
  function titleFrames() {
    document.querySelectorAll("iframe.tox-edit-area__iframe:not([title])").forEach((frame) => {
      const fieldId = frame.id.replace(/_ifr$/, "");
      const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
      const name = label ? label.textContent.trim().replace(/\s+/g, " ") : "";
      frame.setAttribute("title", name ? `Textredigerare: ${name}` : "Textredigerare");
    });
  }
  new MutationObserver(titleFrames).observe(document.body || document.documentElement, {
    childList: true,
    subtree: true,
  });
})();
