/* Printing shows every folded section (annexes, lists of names). A file of its own, not an
   inline script: the Content-Security-Policy allows scripts from the portal only. */
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details").forEach(function (d) { d.open = true; });
});
