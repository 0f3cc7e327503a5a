// A filter list reloads when its choice changes. A script file, not an onchange attribute:
// the Content-Security-Policy allows no inline scripts.
document.addEventListener("change", function (event) {
  var field = event.target;
  if (field.matches && field.matches("select[data-autosubmit]") && field.form) {
    field.form.submit();
  }
});
