// Practice search, progressive enhancement: a ticked filter or a new sort order applies
// at once. Without this script the form's buttons do the same, so they stay.
(function () {
  "use strict";
  var form = document.getElementById("practice-search");
  if (!form) {
    return;
  }
  var FOCUS_KEY = "lab-search-focus";

  // The page reloads on each change: give keyboard users their place back.
  try {
    var saved = JSON.parse(window.sessionStorage.getItem(FOCUS_KEY) || "null");
    window.sessionStorage.removeItem(FOCUS_KEY);
    if (saved) {
      // By name and value, not id: the order of facet values changes with their counts.
      Array.prototype.some.call(form.elements, function (element) {
        if (element.name === saved.name && (element.type !== "checkbox" || element.value === saved.value)) {
          element.focus();
          return true;
        }
        return false;
      });
    }
  } catch (error) {
    // Storage may be disabled; focus then starts at the top as without the script.
  }

  document.addEventListener("change", function (event) {
    var field = event.target;
    if (field.form !== form || !(field.type === "checkbox" || field.name === "sort")) {
      return;
    }
    try {
      window.sessionStorage.setItem(FOCUS_KEY, JSON.stringify({ name: field.name, value: field.value }));
    } catch (error) {
      // Not remembering focus is harmless.
    }
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  });
})();
