// TinyMCE in Swedish. Mockup's rich-text pattern loads TinyMCE's language
// from the page's language, and TinyMCE names Swedish "sv_SE" (from
// "sv-SE"), not "sv"; Plone's own catalogs take "sv-SE" as "sv".
if (document.documentElement.lang === "sv" &&
    document.querySelector(".pat-tinymce, .pat-textareamimetypeselector, textarea.richTextWidget")) {
  document.documentElement.lang = "sv-SE";
}
