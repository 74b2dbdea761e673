/*
 * The facilitator page's script, run in the browser: the live state over server-sent events (the
 * browser reconnects by itself), disagreements first, distributions hidden until "reveal" so the
 * room is not anchored, then group differences, risks, priorities and the 30/90-day plan. Plain
 * ES2017 without template literals; the page's CSP allows exactly this script by its hash.
 */
export const FACILITATOR_SCRIPT = String.raw`(function () {
"use strict";
var data = JSON.parse(document.getElementById("gapcheck-data").textContent);
var base = location.pathname.replace(/\/$/, "");
var live = document.getElementById("live");
var count = document.getElementById("count");
var groupsEl = document.getElementById("groups");
var revealBtn = document.getElementById("reveal");
var closeBtn = document.getElementById("close");
var note = document.getElementById("note");
var revealed = false;
var state = null;

function T(key, vars) {
  var s = data.texts[key];
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
function num(x) { return x === null || x === undefined ? "–" : String(Math.round(x * 100) / 100); }

Array.prototype.forEach.call(document.querySelectorAll("a[data-download]"), function (a) {
  a.href = base + "/" + a.getAttribute("data-download");
});

revealBtn.addEventListener("click", function () {
  revealed = !revealed;
  revealBtn.setAttribute("aria-pressed", String(revealed));
  revealBtn.textContent = revealed ? T("hide") : T("reveal");
  render();
});
closeBtn.addEventListener("click", function () {
  if (!confirm(T("closeConfirm"))) return;
  fetch(base + "/close", { method: "POST" }).then(function (r) { if (!r.ok) note.textContent = T("closeFailed"); });
});

function distribution(item) {
  var keys = Object.keys(item.counts);
  if (keys.length === 0) return el("p", { class: "muted", text: T("fewForDistribution", { n: state.minGroup }) });
  if (!revealed) return el("p", { class: "muted", text: T("hidden") });
  var max = 0;
  keys.forEach(function (k) { if (item.counts[k] > max) max = item.counts[k]; });
  var rows = [];
  for (var l = data.scale.min; l <= data.scale.max; l++) {
    var c = item.counts[String(l)] || 0;
    var bar = el("span", { class: "bar" });
    bar.style.width = (max ? (c / max) * 100 : 0) + "%";
    rows.push(el("li", {}, [el("span", { class: "lvl", text: String(l) }), el("span", { class: "track" }, [bar]),
      el("span", { class: "n", text: String(c) })]));
  }
  return el("ul", { class: "dist", "aria-label": T("distributionOf", { item: item.title }) }, rows);
}

function render() {
  if (!state) return;
  count.textContent = T("answered", { n: state.participants });
  groupsEl.textContent = "";
  state.groups.forEach(function (g) { groupsEl.appendChild(el("li", { text: g.id + ": " + g.count })); });
  closeBtn.disabled = state.closed;
  if (state.closed) note.textContent = T("closedNote");
  live.textContent = "";
  var r = state.result;
  if (!r) { live.appendChild(el("p", { class: "wait", text: T("waiting", { n: state.minGroup }) })); return; }
  var titles = {};
  r.items.forEach(function (it) { titles[it.id] = it.title; });
  var panelItems = {};
  r.panel.items.forEach(function (p) { panelItems[p.item] = p; });

  var dis = el("section", { "aria-labelledby": "h-dis" }, [el("h2", { id: "h-dis", text: T("disagreements") })]);
  if (r.panel.disagreements.length === 0) dis.appendChild(el("p", { text: T("noDisagreements") }));
  else {
    dis.appendChild(el("p", { class: "muted", text: T("disagreementsLead") }));
    dis.appendChild(el("ol", { class: "cards" }, r.panel.disagreements.map(function (id) {
      var p = panelItems[id];
      return el("li", { class: "card" }, [
        el("h3", { text: titles[id] || id }),
        el("p", { text: T("itemStats", { n: p.n, median: num(p.median), rwg: num(p.rwg) }) }),
        distribution({ counts: p.counts, title: titles[id] || id })
      ]);
    })));
  }
  live.appendChild(dis);

  live.appendChild(el("section", { "aria-labelledby": "h-sum" }, [el("h2", { id: "h-sum", text: T("summary") }),
    el("p", { text: T("indexes", { m: num(r.summary.maturityIndex), g: num(r.summary.gapIndex), n: r.panel.respondents }) })]));

  var gg = el("section", { "aria-labelledby": "h-gg" }, [el("h2", { id: "h-gg", text: T("groupGaps") })]);
  if (r.panel.groupGaps.length === 0) gg.appendChild(el("p", { class: "muted", text: T("noGroupGaps", { n: state.minGroup }) }));
  else gg.appendChild(el("ul", {}, r.panel.groupGaps.map(function (g) {
    var parts = Object.keys(g.medians).map(function (k) { return k + " " + num(g.medians[k]); });
    return el("li", { text: (titles[g.item] || g.item) + ": " + parts.join(" · ") });
  })));
  live.appendChild(gg);

  var risks = el("section", { "aria-labelledby": "h-risk" }, [el("h2", { id: "h-risk", text: T("risks") })]);
  if (r.risks.length === 0) risks.appendChild(el("p", { class: "muted", text: T("noRisks") }));
  else risks.appendChild(el("ul", {}, r.risks.map(function (k) {
    return el("li", {}, [el("strong", { text: k.title }), " ", k.reason, " ", el("em", { text: k.action })]);
  })));
  live.appendChild(risks);

  var focus = r.priorities.slice(0, r.summary.pareto.focus || 5);
  var pr = el("section", { "aria-labelledby": "h-pri" }, [el("h2", { id: "h-pri", text: T("priorities") })]);
  if (focus.length === 0) pr.appendChild(el("p", { class: "muted", text: T("noPriorities") }));
  else pr.appendChild(el("ol", {}, focus.map(function (p) {
    return el("li", {}, [el("strong", { text: p.title }), " " + num(p.current) + " → " + num(p.target) + ". ", p.action]);
  })));
  live.appendChild(pr);

  var plan = el("section", { "aria-labelledby": "h-plan" }, [el("h2", { id: "h-plan", text: T("plan") })]);
  [["first30", r.plan.first30Days], ["next90", r.plan.next90Days]].forEach(function (part) {
    plan.appendChild(el("h3", { text: T(part[0]) }));
    if (part[1].length === 0) plan.appendChild(el("p", { class: "muted", text: T("nothing") }));
    else plan.appendChild(el("ul", {}, part[1].map(function (p) {
      return el("li", {}, [el("strong", { text: p.title }), " ", p.action]);
    })));
  });
  live.appendChild(plan);
}

var source = new EventSource(base + "/events");
source.addEventListener("state", function (e) { state = JSON.parse(e.data); render(); });
source.onerror = function () { note.textContent = state && state.closed ? T("closedNote") : T("reconnecting"); };
source.onopen = function () { if (!(state && state.closed)) note.textContent = ""; };
})();
`;
