// eventmap workbench: the page's behaviour. Every answer comes from the JSON API on this server
// (the CLI's --json answers); this file only keeps the table's state, writes the spec from it, and
// shows what the server says.
"use strict";

const state = {
  rows: [], // places: {text, start, candidates: [place], chosen, keep, role, why, match}
  claims: [], // {item, keep}
  extraction: null,
  renderSerial: 0,
  previewURL: null,
};

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------- API

/** A JSON answer, or an Error carrying the server's sentence (and line, column for specs). */
async function api(path, options = {}) {
  const response = await fetch(path, options);
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    let problem = { error: `${response.status} ${response.statusText}` };
    if (type.startsWith("application/json")) problem = await response.json();
    const error = new Error(problem.error);
    error.line = problem.line;
    error.column = problem.column;
    throw error;
  }
  return type.startsWith("application/json") ? response.json() : response;
}

function renderRequest(format, spec) {
  return api(`/api/render?format=${encodeURIComponent(format)}&name=map`, {
    method: "POST",
    headers: { "Content-Type": "application/yaml" },
    body: spec,
  });
}

// ---------------------------------------------------------------- small helpers

function cell(row, text, className) {
  const td = document.createElement("td");
  if (text !== undefined && text !== null) td.textContent = text;
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function placeLabel(place) {
  const where = [place.admin1, place.countryCode].filter(Boolean).join(", ");
  const kind = place.kind && place.kind !== "place" ? ` [${place.siteKind || place.kind}]` : "";
  const people = place.population > 0 ? `, pop. ${place.population.toLocaleString("en")}` : "";
  return `${place.name}${where ? " (" + where + ")" : ""}${kind}${people}`;
}

function placeKey(place) {
  return place.geonameID != null ? `g${place.geonameID}` : `${place.latitude.toFixed(5)},${place.longitude.toFixed(5)}`;
}

function coordinates(place) {
  return `${place.latitude.toFixed(5)}, ${place.longitude.toFixed(5)}`;
}

/** A YAML double-quoted scalar: JSON's string syntax is a subset of YAML's. */
const quoted = (text) => JSON.stringify(String(text));

function debounce(fn, milliseconds) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), milliseconds);
  };
}

// ---------------------------------------------------------------- reading a report

async function readReport() {
  const text = $("report").value;
  if (!text.trim()) {
    $("read-status").textContent = "Paste a report first.";
    return;
  }
  const button = $("read");
  button.disabled = true;
  $("read-status").textContent = "Reading…";
  try {
    const dateline = $("dateline").value;
    const query = `explain=1${dateline ? "&dateline=" + encodeURIComponent(dateline) : ""}`;
    const extraction = await api(`/api/extract?${query}`, {
      method: "POST",
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      body: text,
    });
    await showExtraction(extraction);
    const counts = [
      `${extraction.places.length} place mentions`,
      `${extraction.dates.length} dates`,
      `${extraction.distanceClaims.length} distance claims`,
      `${extraction.events.length} events`,
    ];
    $("read-status").textContent = `Read: ${counts.join(", ")}.`;
  } catch (error) {
    $("read-status").textContent = `Could not read the report: ${error.message}`;
  } finally {
    button.disabled = false;
  }
}

/** The role SpecDraft gives a place: a launch from there, an impact, or a reference place. */
function defaultRole(name, events) {
  const event = events.find((e) => e.place === name);
  if (!event) return "reference";
  return event.action === "launch" ? "launch" : "impact";
}

async function showExtraction(extraction) {
  state.extraction = extraction;
  const decisions = new Map((extraction.decisions || []).map((d) => [d.start, d]));
  const byName = new Map();
  state.rows = [];
  for (const mention of extraction.places) {
    // One row per place name, as the draft spec has one marker per place.
    if (byName.has(mention.name)) continue;
    const candidates = [mention.place, ...mention.alternatives];
    const decision = decisions.get(mention.start);
    const row = {
      text: mention.text,
      name: mention.name,
      candidates,
      chosen: 0,
      // A region is an area, not a point: off the map unless ticked (shade it with `areas:` in the spec).
      keep: mention.kind !== "admin1",
      role: defaultRole(mention.name, extraction.events),
      match: mention.ambiguous ? "ambiguous" : mention.kind === "admin1" ? "region (an area)" : mention.kind,
      why: mention.evidence,
      rules: decision ? decision.rules.map((r) => `${r.rule}: ${r.said}`) : [],
    };
    byName.set(mention.name, row);
    state.rows.push(row);
  }
  state.claims = extraction.distanceClaims.map((item) => ({ item, keep: drawable(item) }));
  drawTables();
  // More candidates for each name, from the gazetteer: the choice to correct a wrong match.
  await Promise.all(state.rows.map((row) => addCandidates(row, row.text)));
  drawTables();
}

// A claim is drawn as a line between two places the gazetteer lists; an end it lacks has no location.
function drawable(item) {
  return Boolean(item.from && item.to && !item.toIsArea && !item.unlistedEnds);
}

async function addCandidates(row, query) {
  try {
    const answer = await api(`/api/geocode?q=${encodeURIComponent(query)}&limit=6`);
    const seen = new Set(row.candidates.map(placeKey));
    for (const match of answer.matches) {
      if (!seen.has(placeKey(match))) {
        seen.add(placeKey(match));
        row.candidates.push(match);
      }
    }
  } catch (_) {
    // A name the gazetteer does not know by itself keeps the candidates it has.
  }
}

async function addPlace(event) {
  event.preventDefault();
  const input = $("add-name");
  const query = input.value.trim();
  if (!query) return;
  try {
    const answer = await api(`/api/geocode?q=${encodeURIComponent(query)}&limit=6`);
    const first = answer.matches[0];
    state.rows.push({
      text: query,
      name: first.name,
      candidates: answer.matches,
      chosen: 0,
      keep: true,
      role: "reference",
      match: first.guess ? "guess" : first.matchKind,
      why: ["added by hand"],
      rules: [],
    });
    input.value = "";
    $("read-status").textContent = `Added ${placeLabel(first)}.`;
    drawTables();
    specFromTable();
  } catch (error) {
    $("read-status").textContent = `Could not add '${query}': ${error.message}`;
  }
}

// ---------------------------------------------------------------- tables

function drawTables() {
  const extraction = state.extraction || { actors: [], dates: [], events: [] };
  const places = $("places").tBodies[0];
  places.replaceChildren();
  state.rows.forEach((row, index) => {
    const tr = document.createElement("tr");
    if (!row.keep) tr.className = "dropped";
    const keep = document.createElement("input");
    keep.type = "checkbox";
    keep.checked = row.keep;
    keep.setAttribute("aria-label", `Map ${row.text}`);
    keep.addEventListener("change", () => {
      row.keep = keep.checked;
      tr.className = row.keep ? "" : "dropped";
      specFromTable();
    });
    cell(tr).appendChild(keep);
    cell(tr, row.text);
    const select = document.createElement("select");
    select.setAttribute("aria-label", `Place meant by ${row.text}`);
    row.candidates.forEach((place, choice) => {
      const option = document.createElement("option");
      option.value = String(choice);
      option.textContent = placeLabel(place);
      option.selected = choice === row.chosen;
      select.appendChild(option);
    });
    select.addEventListener("change", () => {
      row.chosen = Number(select.value);
      row.match = "chosen by hand";
      specFromTable();
    });
    cell(tr).appendChild(select);
    const role = document.createElement("select");
    role.setAttribute("aria-label", `Role of ${row.text}`);
    for (const name of ["reference", "launch", "impact"]) {
      const option = document.createElement("option");
      option.value = name;
      option.textContent = name;
      option.selected = name === row.role;
      role.appendChild(option);
    }
    role.addEventListener("change", () => {
      row.role = role.value;
      specFromTable();
    });
    cell(tr).appendChild(role);
    const why = cell(tr);
    const match = document.createElement("span");
    match.textContent = row.match;
    if (row.match === "ambiguous" || row.match === "guess") match.className = "flag";
    why.appendChild(match);
    const evidence = document.createElement("div");
    evidence.className = "why";
    evidence.textContent = row.why.join("; ");
    why.appendChild(evidence);
    if (row.rules.length) {
      const details = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = `The ${row.rules.length} rules that decided it`;
      details.appendChild(summary);
      const list = document.createElement("ul");
      list.className = "why";
      for (const rule of row.rules) {
        const item = document.createElement("li");
        item.textContent = rule;
        list.appendChild(item);
      }
      details.appendChild(list);
      why.appendChild(details);
    }
    places.appendChild(tr);
    tr.dataset.index = String(index);
  });

  const actors = $("actors").tBodies[0];
  actors.replaceChildren();
  for (const actor of extraction.actors) {
    const tr = document.createElement("tr");
    cell(tr, actor.text);
    cell(tr, placeLabel(actor.place));
    actors.appendChild(tr);
  }

  const dates = $("dates").tBodies[0];
  dates.replaceChildren();
  for (const date of extraction.dates) {
    const tr = document.createElement("tr");
    cell(tr, date.text);
    cell(tr, date.value);
    cell(tr, date.yearInferred ? "year inferred (a guess)" : "", date.yearInferred ? "flag" : "");
    dates.appendChild(tr);
  }

  const claims = $("claims").tBodies[0];
  claims.replaceChildren();
  for (const claim of state.claims) {
    const item = claim.item;
    const tr = document.createElement("tr");
    const keep = document.createElement("input");
    keep.type = "checkbox";
    keep.checked = claim.keep;
    keep.disabled = !drawable(item);
    keep.setAttribute("aria-label", `Draw the claim ${item.text} as a line`);
    keep.addEventListener("change", () => {
      claim.keep = keep.checked;
      specFromTable();
    });
    cell(tr).appendChild(keep);
    cell(tr, item.text);
    const unlisted = item.unlistedEnds ? ` (not in the gazetteer: ${item.unlistedEnds.join(", ")})` : "";
    cell(tr, (item.from && item.to ? `${item.from} – ${item.to}` : item.to ? `to ${item.to}` : "(no two places named)") + unlisted);
    const verification = item.verification;
    if (verification) {
      const td = cell(tr);
      const verdict = document.createElement("span");
      verdict.className = `verdict-${verification.verdict}`;
      verdict.textContent = verification.verdict;
      td.appendChild(verdict);
      const why = document.createElement("div");
      why.className = "why";
      why.textContent = verification.explanation + (item.inference ? ` (guess: ${item.inference})` : "");
      td.appendChild(why);
    } else {
      cell(tr, item.kind === "altitude" ? "an altitude, not verified" : "not verified", "why");
    }
    claims.appendChild(tr);
  }

  const events = $("events").tBodies[0];
  events.replaceChildren();
  for (const event of extraction.events) {
    const tr = document.createElement("tr");
    cell(tr, event.action);
    cell(tr, event.place || "?");
    cell(tr, event.date || "?");
    const toll = [event.killed != null ? `${event.killed} killed` : "", event.injured != null ? `${event.injured} injured` : ""];
    cell(tr, toll.filter(Boolean).join(", "));
    events.appendChild(tr);
  }
}

// ---------------------------------------------------------------- the spec

/** The spec the table describes, in the shape `eventmap extract --spec` drafts. */
function specFromTable() {
  const extraction = state.extraction || { dates: [], events: [] };
  const kept = state.rows.filter((row) => row.keep);
  const full = extraction.dates.map((d) => d.value).filter((v) => !v.startsWith("--") && !v.includes("/")).sort();
  const lines = ["# Written by the eventmap workbench from the table; review every place before publishing."];
  lines.push(`title: ${quoted("Events named in the report")}`);
  if (full.length) lines.push(`date: ${full[0] === full[full.length - 1] ? full[0] : full[0] + "/" + full[full.length - 1]}`);
  if (kept.length) {
    lines.push("places:");
    for (const row of kept) {
      const place = row.candidates[row.chosen];
      lines.push(`  - place: ${quoted(coordinates(place))}`);
      lines.push(`    label: ${quoted(place.name)}`);
      lines.push(`    role: ${row.role}`);
    }
  }
  const drawn = [];
  for (const claim of state.claims) {
    if (!claim.keep) continue;
    const from = kept.find((row) => row.name === claim.item.from);
    const to = kept.find((row) => row.name === claim.item.to);
    if (!from || !to) continue;
    const a = from.candidates[from.chosen], b = to.candidates[to.chosen];
    const stated = claim.item.verification ? claim.item.verification.statedText : claim.item.text;
    drawn.push(
      `  - from: ${quoted(coordinates(a))}`,
      `    to: ${quoted(coordinates(b))}`,
      `    stated: ${quoted(stated)}`,
      `    label: ${quoted(`${a.name}–${b.name}`)}`,
    );
  }
  if (drawn.length) lines.push("lines:", ...drawn);
  $("spec").value = lines.join("\n") + "\n";
  scheduleRender();
}

function showSpecError(error) {
  const box = $("spec-error");
  box.replaceChildren();
  $("spec").setAttribute("aria-invalid", error ? "true" : "false");
  if (!error) return;
  const where = error.line ? `Line ${error.line}, column ${error.column}: ` : "";
  box.appendChild(document.createTextNode(where + error.message));
  if (error.line) {
    const go = document.createElement("button");
    go.type = "button";
    go.textContent = `Go to line ${error.line}`;
    go.addEventListener("click", () => selectPosition(error.line, error.column));
    box.appendChild(go);
  }
}

/** Puts the caret at a line and column of the spec (both from 1). */
function selectPosition(line, column) {
  const area = $("spec");
  const lines = area.value.split("\n");
  let offset = 0;
  for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1;
  offset += Math.max(0, column - 1);
  area.focus();
  area.setSelectionRange(offset, offset + 1);
}

// ---------------------------------------------------------------- the map

const scheduleRender = debounce(renderPreview, 400);

async function renderPreview() {
  const serial = ++state.renderSerial;
  const spec = $("spec").value;
  $("map-status").textContent = "Drawing the map…";
  try {
    const response = await renderRequest("svg", spec);
    const blob = await response.blob();
    if (serial !== state.renderSerial) return; // a newer spec is on its way
    const warnings = JSON.parse(response.headers.get("Eventmap-Warnings") || "[]");
    const dropped = JSON.parse(response.headers.get("Eventmap-Dropped-Labels") || "[]");
    if (state.previewURL) URL.revokeObjectURL(state.previewURL);
    state.previewURL = URL.createObjectURL(blob);
    const image = $("preview");
    image.src = state.previewURL;
    const title = (spec.match(/^title:\s*(.*)$/m) || [, "the map"])[1].replace(/^"|"$/g, "");
    image.alt = `Map preview: ${title}`;
    showSpecError(null);
    const list = $("warnings");
    list.replaceChildren();
    for (const text of [...warnings, ...dropped.map((label) => `No room for the label '${label}'; it is left off the map.`)]) {
      const li = document.createElement("li");
      li.textContent = text;
      list.appendChild(li);
    }
    $("map-status").textContent = warnings.length || dropped.length ? "Map drawn, with warnings (below)." : "Map drawn.";
  } catch (error) {
    if (serial !== state.renderSerial) return;
    showSpecError(error);
    $("map-status").textContent = "The spec has an error; the map shows the last good spec.";
  }
}

async function download(format) {
  const spec = $("spec").value;
  let blob, name;
  try {
    if (format === "spec") {
      blob = new Blob([spec], { type: "application/yaml" });
      name = "map.yaml";
    } else {
      const response = await renderRequest(format, spec);
      blob = await response.blob();
      const disposition = response.headers.get("Content-Disposition") || "";
      name = (disposition.match(/filename="([^"]+)"/) || [, `map.${format}`])[1];
    }
  } catch (error) {
    showSpecError(error);
    return;
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  $("map-status").textContent = `Downloaded ${name}.`;
}

// ---------------------------------------------------------------- start

function allowDrop(area) {
  area.addEventListener("dragover", (event) => {
    event.preventDefault();
    area.classList.add("drop");
  });
  area.addEventListener("dragleave", () => area.classList.remove("drop"));
  area.addEventListener("drop", async (event) => {
    event.preventDefault();
    area.classList.remove("drop");
    const file = event.dataTransfer.files[0];
    if (file) {
      area.value = await file.text();
      readReport();
    }
  });
}

async function start() {
  $("read").addEventListener("click", readReport);
  $("use-table").addEventListener("click", specFromTable);
  $("add-place").addEventListener("submit", addPlace);
  $("spec").addEventListener("input", scheduleRender);
  for (const button of document.querySelectorAll(".downloads button")) {
    button.addEventListener("click", () => download(button.dataset.format));
  }
  allowDrop($("report"));
  // The Wonsan–Busan example: its report read into the table, its spec drawn.
  const [report, spec, version] = await Promise.all([
    fetch("/example-report.txt").then((r) => r.text()),
    fetch("/example.yaml").then((r) => r.text()),
    api("/api/version").catch(() => null),
  ]);
  if (version) $("version").textContent = version.eventmap;
  $("report").value = report;
  $("spec").value = spec;
  await Promise.all([renderPreview(), readReport()]);
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", start);
