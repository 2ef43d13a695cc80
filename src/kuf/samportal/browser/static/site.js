// Plone's toolbar renders its collapse control as <a aria-label> without an
// href; give it the role and focus of the button it is (WCAG 4.1.2).
document.querySelectorAll("a.toolbar-collapse:not([href])").forEach((link) => {
  link.setAttribute("role", "button");
  link.setAttribute("tabindex", "0");
});
