/*
 * The participant page's script, run in the browser (not in Node): the questionnaire one item per
 * screen, answers kept in localStorage until sent. The same code runs in the offline form (`template
 * -f form`), where "Save my answers" downloads an answers file instead of sending it. Plain ES2017
 * without template literals, so it can live in this string; the page's CSP allows exactly this
 * script by its hash. The data (texts in every language, items, groups) is a JSON block in the page.
 */
export const PARTICIPANT_SCRIPT = String.raw`(function () {
"use strict";
var data = JSON.parse(document.getElementById("gapcheck-data").textContent);
var KEY = "gapcheck:" + data.session;
var store = restore();
var lang = data.texts[store.lang] ? store.lang : pickLang();
var app = document.getElementById("app");
var status = document.getElementById("status");
var busy = false;

function restore() {
  try {
    var s = JSON.parse(localStorage.getItem(KEY) || "null");
    if (s && typeof s === "object" && s.answers && typeof s.answers === "object") return s;
  } catch (e) { /* storage blocked or damaged: start afresh */ }
  return { answers: {}, screen: "start" };
}
function save() {
  try { localStorage.setItem(KEY, JSON.stringify(store)); } catch (e) { /* private mode: answers live in the page */ }
}
function pickLang() {
  var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  for (var i = 0; i < langs.length; i++) {
    var l = String(langs[i]).toLowerCase().slice(0, 2);
    if (l === "no" || l === "nn") l = "nb";
    if (data.texts[l]) return l;
  }
  return data.defaultLang;
}
function T(key, vars) {
  var s = data.texts[lang][key];
  if (vars) for (var k in vars) s = s.split("{" + k + "}").join(String(vars[k]));
  return s;
}
function el(tag, attrs, kids) {
  var e = document.createElement(tag);
  if (attrs) for (var k in attrs) {
    if (attrs[k] === false || attrs[k] === undefined || attrs[k] === null) continue;
    if (k === "text") e.textContent = attrs[k];
    else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), attrs[k]);
    else e.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
  }
  (kids || []).forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
  return e;
}
function items() { return data.items[lang]; }
function say(text, alert) {
  status.textContent = "";
  status.setAttribute("role", alert ? "alert" : "status");
  status.className = alert ? "status alert" : "status";
  status.textContent = text;
}
function go(screen) {
  store.screen = screen;
  save();
  render(true);
}
function answerText(a) {
  if (!a) return T("notAnswered");
  if (a.v === null) return T("dontKnow");
  if (a.v === "na") return T("notApplicable");
  return String(a.v) + " · " + data.scaleLabels[lang][String(a.v)];
}

function header() {
  var select = el("select", { id: "lang", onchange: function () { lang = select.value; store.lang = lang; save(); render(false); } },
    Object.keys(data.texts).map(function (l) { return el("option", { value: l, selected: l === lang, text: data.texts[l].langName }); }));
  return el("header", { class: "top" }, [
    el("p", { class: "title", text: data.title || T("title") }),
    el("div", { class: "langs" }, [el("label", { for: "lang", text: T("language") }), select])
  ]);
}

function startScreen() {
  var kids = [el("h1", { tabindex: "-1", text: T("welcome") }), el("p", { text: T("intro", { n: items().length }) }),
    el("p", { class: "rule", text: T("rule") })];
  if (data.groups.length > 0) {
    var radios = data.groups.map(function (g, i) {
      return el("label", { class: "choice" }, [
        el("input", { type: "radio", name: "group", value: g, checked: store.group === g, required: true,
          onchange: function () { store.group = g; save(); } }),
        el("span", { class: "label", text: g })
      ]);
    });
    kids.push(el("fieldset", {}, [el("legend", { text: T("groupQuestion") })].concat(radios)));
  }
  kids.push(el("div", { class: "nav" }, [el("button", { type: "submit", class: "primary", text: T("start") })]));
  return el("form", { onsubmit: function (e) {
    e.preventDefault();
    if (data.groups.length > 0 && data.groups.indexOf(store.group) < 0) { say(T("pickGroup"), true); return; }
    go(0);
  } }, kids);
}

function itemScreen(i) {
  var list = items();
  var item = list[i];
  var a = store.answers[item.id];
  var choices = item.levels.map(function (l) {
    return el("label", { class: "choice" }, [
      el("input", { type: "radio", name: "level", value: String(l.level), checked: !!a && a.v === l.level, onchange: pick(l.level) }),
      el("span", { class: "label" }, [el("strong", { text: l.level + " · " + l.label })]
        .concat(l.anchor ? [el("span", { class: "anchor", text: l.anchor })] : []))
    ]);
  });
  choices.push(el("label", { class: "choice other" }, [
    el("input", { type: "radio", name: "level", value: "dk", checked: !!a && a.v === null, onchange: pick(null) }),
    el("span", { class: "label", text: T("dontKnow") })]));
  choices.push(el("label", { class: "choice other" }, [
    el("input", { type: "radio", name: "level", value: "na", checked: !!a && a.v === "na", onchange: pick("na") }),
    el("span", { class: "label", text: T("notApplicable") })]));
  function pick(v) {
    return function () {
      var prev = store.answers[item.id];
      store.answers[item.id] = { v: v, note: prev && prev.note ? prev.note : "" };
      store.changed = true;
      save();
    };
  }
  var note = el("textarea", { id: "note", rows: "2", maxlength: "1000", oninput: function () {
    var prev = store.answers[item.id];
    if (!prev) { if (note.value === "") return; prev = store.answers[item.id] = { v: null, note: "" }; }
    prev.note = note.value;
    store.changed = true;
    save();
  } });
  note.value = a && a.note ? a.note : "";
  return el("form", { onsubmit: function (e) { e.preventDefault(); go(i + 1 < list.length ? i + 1 : "review"); } }, [
    el("p", { class: "progress", id: "progress-text", text: T("progress", { i: i + 1, n: list.length }) }),
    el("progress", { max: String(list.length), value: String(i + 1), "aria-labelledby": "progress-text" }),
    el("p", { class: "dimension", text: item.dimension }),
    el("h1", { tabindex: "-1", text: item.title }),
    el("p", { class: "question", id: "question", text: item.question }),
    el("fieldset", { "aria-describedby": "question" }, [el("legend", {}, [el("span", { text: T("yourAnswer") + " " }),
      el("span", { class: "rule", text: T("rule") })])].concat(choices)),
    el("label", { for: "note", class: "note-label", text: T("note") }), note,
    el("div", { class: "nav" }, [
      el("button", { type: "button", onclick: function () { go(i > 0 ? i - 1 : "start"); }, text: T("back") }),
      el("button", { type: "submit", class: "primary", text: i + 1 < list.length ? T("next") : T("toReview") })
    ])
  ]);
}

function reviewScreen() {
  var list = items();
  var answered = list.filter(function (it) { return store.answers[it.id]; }).length;
  var rows = list.map(function (it, i) {
    return el("li", {}, [
      el("span", { class: "item", text: it.title }),
      el("span", { class: "answer", text: answerText(store.answers[it.id]) }),
      el("button", { type: "button", class: "link", "aria-label": T("changeItem", { item: it.title }), text: T("change"),
        onclick: function () { go(i); } })
    ]);
  });
  var action = data.mode === "form" ? T("saveFile") : store.receipt ? T("sendChanges") : T("send");
  return el("form", { onsubmit: function (e) { e.preventDefault(); submit(); } }, [
    el("h1", { tabindex: "-1", text: T("review") }),
    el("p", { text: T("answeredOf", { a: answered, n: list.length }) }),
    data.groups.length > 0 ? el("p", { text: T("yourGroup", { g: store.group || "-" }) }) : null,
    el("ol", { class: "review" }, rows),
    el("div", { class: "nav" }, [
      el("button", { type: "button", onclick: function () { go(list.length - 1); }, text: T("back") }),
      el("button", { type: "submit", class: "primary", text: action })
    ])
  ]);
}

function doneScreen() {
  return el("div", {}, [
    el("h1", { tabindex: "-1", text: data.mode === "form" ? T("savedTitle") : T("sentTitle") }),
    el("p", { text: data.mode === "form" ? T("savedText") : T("sentText") }),
    el("div", { class: "nav" }, [el("button", { type: "button", class: "primary", text: T("changeAnswers"),
      onclick: function () { go("review"); } })])
  ]);
}

function payload() {
  var answers = {};
  items().forEach(function (it) {
    var a = store.answers[it.id];
    if (!a) return;
    var note = (a.note || "").trim();
    answers[it.id] = note ? { level: a.v, note: note } : a.v;
  });
  return answers;
}

function submit() {
  if (busy) return;
  if (data.mode === "form") return saveFile();
  busy = true;
  say(T("sending"), false);
  var body = { answers: payload(), locale: lang };
  if (store.group) body.group = store.group;
  if (store.receipt) body.receipt = store.receipt;
  var url = location.pathname.replace(/\/$/, "") + "/answers";
  fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), credentials: "omit" })
    .then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (json) {
        busy = false;
        if (res.status === 201 || res.status === 200) {
          store.receipt = json.receipt; store.changed = false; store.screen = "done"; save();
          render(true);
          say(T("sentTitle"), false);
        } else if (res.status === 403) {
          delete store.receipt; save(); submit();
        } else if (res.status === 409) say(T("closed"), true);
        else if (res.status === 422 && json.findings) say(json.findings.map(function (f) { return f.message; }).join(" "), true);
        else say(T("failed"), true);
      });
    }, function () { busy = false; say(T("offline"), true); });
}

function saveFile() {
  var doc = { gapcheck: 1, rubric: data.rubric, profile: data.profile, locale: lang };
  if (store.group) doc.respondent = { group: store.group };
  doc.date = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  doc.answers = payload();
  var blob = new Blob([JSON.stringify(doc, null, 2) + "\n"], { type: "application/json" });
  var a = el("a", { href: URL.createObjectURL(blob), download: "gapcheck-answers-" + doc.date.slice(0, 10) + ".json" });
  document.body.appendChild(a);
  a.click();
  a.remove();
  store.screen = "done"; store.changed = false; save();
  render(true);
}

function render(moveFocus) {
  document.documentElement.lang = lang;
  document.title = data.title || T("title");
  var s = store.screen;
  var n = items().length;
  var screen = s === "review" ? reviewScreen() : s === "done" ? doneScreen()
    : typeof s === "number" && s >= 0 && s < n ? itemScreen(s) : startScreen();
  app.textContent = "";
  app.appendChild(header());
  var main = el("main", { id: "main" }, [screen]);
  app.appendChild(main);
  if (moveFocus) { var h = main.querySelector("h1"); if (h) h.focus(); }
}

render(false);
})();
`;
