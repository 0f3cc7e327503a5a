// Selecting text in one of the meeting's texts fills in the redaction form with it.
document.addEventListener("mouseup", function () {
  var selection = window.getSelection();
  if (!selection || selection.isCollapsed) return;
  var node = selection.anchorNode;
  var box = node && (node.nodeType === 1 ? node : node.parentElement).closest(".redactable");
  if (!box) return;
  var phrase = selection.toString();
  if (!phrase.trim()) return;
  document.getElementById("id_target").value = box.dataset.target;
  document.getElementById("id_phrase").value = phrase;
});
