// 워라밸 길잡이 agent console: recent conversations, the case the bot collected, the programs with
// the rules that fired (citations, parameter dates), a suggested answer, and a hand-made case
// that can be re-evaluated. Plain ES module, no build step, no external resources.

const API = "api/v1";
const LIST_REFRESH_MS = 30000;

const STATUS_LABELS = {
  eligible: "해당",
  needs_info: "정보 필요",
  not_eligible: "해당 없음",
};
const STATUS_ORDER = { eligible: 0, needs_info: 1, not_eligible: 2 };

const INDUSTRIES = [
  ["", "(모름)"], ["manufacturing", "제조업"], ["mining", "광업"], ["construction", "건설업"],
  ["transport_storage", "운수·창고업"], ["ict", "정보통신업"], ["business_support", "사업지원 서비스업"],
  ["professional_science", "전문·과학·기술 서비스업"], ["health_social", "보건·사회복지업"],
  ["wholesale_retail", "도매·소매업"], ["accommodation_food", "숙박·음식점업"],
  ["finance_insurance", "금융·보험업"], ["arts_sports", "예술·스포츠·여가업"], ["other", "기타"],
];

/** The fields an agent fills most often; each edits one path of the case JSON. */
const CASE_FIELDS = [
  { path: "role", label: "상담 대상", type: "select", options: [["worker", "근로자"], ["employer", "사업주"]] },
  { path: "as_of", label: "기준일", type: "date" },
  { path: "worker.monthly_wage", label: "월 통상임금(원)", type: "number" },
  { path: "worker.gender", label: "성별", type: "select", options: [["", "(모름)"], ["female", "여성"], ["male", "남성"]] },
  { path: "worker.insured_days", label: "고용보험 가입일수", type: "number" },
  { path: "children.0.birth_date", label: "자녀 생년월일", type: "date" },
  { path: "pregnancy.due_date", label: "출산 예정일", type: "date" },
  { path: "company.headcount", label: "회사 직원 수", type: "number" },
  { path: "company.industry", label: "업종", type: "select", options: INDUSTRIES },
  { path: "plan.parental_leave_months", label: "육아휴직 계획(개월)", type: "number" },
  { path: "plan.parental_leave_start", label: "육아휴직 시작일", type: "date" },
];

const state = { conversations: [], selected: null, detail: null, case: { role: "worker" } };
const dom = {};

/* ---------- helpers ---------- */

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...[].concat(children).filter((child) => child !== null && child !== undefined));
  return node;
}

function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}

function formatWon(amount) {
  return isNumber(amount) ? `${new Intl.NumberFormat("ko-KR").format(Math.round(amount))}원` : "-";
}

/** "2026-11-24T15:12:00Z" -> "11월 24일 오후 3:12" (today: "오늘 오후 3:12"). */
function formatDateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso || "";
  const hours = date.getHours();
  const time = `${hours < 12 ? "오전" : "오후"} ${hours % 12 || 12}:${String(date.getMinutes()).padStart(2, "0")}`;
  const today = new Date().toDateString() === date.toDateString();
  return today ? `오늘 ${time}` : `${date.getMonth() + 1}월 ${date.getDate()}일 ${time}`;
}

/** A case or parameter value for people: numbers grouped, won only for money fields. */
function formatValue(value, path = "") {
  if (value === null || value === undefined || value === "") return "-";
  if (typeof value === "boolean") return value ? "예" : "아니요";
  if (isNumber(value)) return isMoneyPath(path) ? formatWon(value) : new Intl.NumberFormat("ko-KR").format(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Money in the case JSON is integer won in the `*wage` fields (shared/API.md §1). */
function isMoneyPath(path) {
  return /wage$/.test(path);
}

const GRADE_LABELS = { UNVERIFIED: "미확인" };

function shortSender(sender) {
  const text = String(sender || "");
  return text.length > 14 ? `${text.slice(0, 8)}…${text.slice(-4)}` : text;
}

function toast(text) {
  dom.toast.textContent = text;
  dom.toast.classList.add("show");
  window.clearTimeout(toast.timer);
  toast.timer = window.setTimeout(() => dom.toast.classList.remove("show"), 2500);
}

function section(title, children, attrs = {}) {
  const id = `sec-${Math.random().toString(36).slice(2, 8)}`;
  return el("section", { class: "panel", "aria-labelledby": id, ...attrs }, [el("h3", { id, text: title }), ...children]);
}

/* ---------- JSON over HTTP ---------- */

class ApiError extends Error {
  constructor(message, field) {
    super(message);
    this.field = field || null;
  }
}

/* The console's API answers 401 with field "Authorization" when the server has an
   AGENT_TOKEN: the agent types it once per browser tab (kept in sessionStorage, never in the URL). */
const TOKEN_KEY = "worklife-agent-token";
let tokenDeclined = false;  // cancelled once: the timed refresh stops asking until "목록 새로고침"

function authHeaders() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Fetch JSON; a failed request becomes an ApiError with the server's Korean message. */
async function api(path, options = {}, askedForToken = false) {
  let response;
  try {
    response = await fetch(`${API}${path}`, {
      ...options,
      headers: { Accept: "application/json", "Content-Type": "application/json", ...authHeaders() },
    });
  } catch (cause) {
    throw new ApiError("서버에 연결하지 못했어요. 네트워크를 확인해 주세요.");
  }
  const body = await response.json().catch(() => null);
  if (response.ok && body) return body;
  const error = (body && body.error) || {};
  if (response.status === 401 && error.field === "Authorization" && !askedForToken && !tokenDeclined) {
    sessionStorage.removeItem(TOKEN_KEY);
    const token = (window.prompt(error.message || "상담원 인증 토큰을 입력해 주세요.") || "").trim();
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token);
      return api(path, options, true);
    }
    tokenDeclined = true;
  }
  throw new ApiError(error.message || `서버가 요청을 처리하지 못했어요 (HTTP ${response.status}).`, error.field);
}

/* ---------- conversation list ---------- */

function sortConversations(list) {
  return [...list].sort((a, b) =>
    Number(Boolean(b.handoff)) - Number(Boolean(a.handoff)) ||
    String(b.updated_at || "").localeCompare(String(a.updated_at || "")));
}

function conversationItem(conversation) {
  const current = conversation.sender === state.selected;
  const button = el("button", {
    type: "button", class: "conv", "aria-current": current ? "true" : false,
    title: conversation.sender, onclick: () => selectConversation(conversation.sender),
  }, [
    el("span", { class: "conv-top" }, [
      el("span", { class: "conv-sender", text: shortSender(conversation.sender) }),
      conversation.handoff ? el("span", { class: "tag handoff", text: "상담 요청" }) : null,
    ]),
    el("span", { class: "conv-last", text: conversation.last_message || "(메시지 없음)" }),
    el("span", { class: "conv-time", text: formatDateTime(conversation.updated_at) }),
  ]);
  return el("li", { class: conversation.handoff ? "is-handoff" : "" }, button);
}

function renderList() {
  const list = sortConversations(state.conversations);
  dom.list.replaceChildren(...list.map(conversationItem));
  dom.list.setAttribute("aria-busy", "false");
  const handoffs = list.filter((item) => item.handoff).length;
  dom.count.textContent = `${list.length}건`;
  dom.listStatus.textContent = list.length
    ? (handoffs ? `상담 요청 ${handoffs}건이 있어요.` : "")
    : "아직 대화가 없어요.";
}

/** Fetch the list; redraw only when it changed, keeping keyboard focus on the same row. */
async function loadList() {
  try {
    const body = await api("/conversations");
    const conversations = Array.isArray(body.conversations) ? body.conversations : [];
    if (JSON.stringify(conversations) === JSON.stringify(state.conversations) && dom.list.childElementCount) return;
    state.conversations = conversations;
    redrawListKeepingFocus();
  } catch (error) {
    dom.list.setAttribute("aria-busy", "false");
    dom.listStatus.textContent = `목록을 불러오지 못했어요: ${error.message}`;
  }
}

function redrawListKeepingFocus() {
  const focused = dom.list.contains(document.activeElement) ? document.activeElement.title : null;
  renderList();
  if (focused === null) return;
  const again = Array.from(dom.list.querySelectorAll(".conv")).find((button) => button.title === focused);
  if (again) again.focus();
}

/* ---------- one conversation ---------- */

async function selectConversation(sender) {
  state.selected = sender;
  redrawListKeepingFocus();
  if (decodeURIComponent(window.location.hash.slice(1)) !== sender) {
    window.history.replaceState(null, "", `#${encodeURIComponent(sender)}`);
  }
  dom.conversation.hidden = false;
  dom.empty.hidden = true;
  dom.conversation.replaceChildren(el("p", { class: "loading", text: "불러오는 중이에요…" }));
  try {
    state.detail = await api(`/conversations/${encodeURIComponent(sender)}`);
    state.case = state.detail.case && typeof state.detail.case === "object" ? state.detail.case : { role: "worker" };
    renderDetail();
  } catch (error) {
    dom.conversation.replaceChildren(el("p", { class: "error", role: "alert", text: error.message }));
  }
  dom.detail.focus();
}

function startBlankCase() {
  state.selected = null;
  state.detail = { sender: null, events: [], facts: [], case: { role: "worker" }, result: null, suggested_answer: "" };
  state.case = { role: "worker" };
  window.history.replaceState(null, "", window.location.pathname);
  renderList();
  dom.empty.hidden = true;
  dom.conversation.hidden = false;
  renderDetail();
  dom.detail.focus();
}

function renderDetail() {
  const detail = state.detail;
  const handoff = detailHandoff(detail);
  const parts = [
    el("div", { class: "detail-head" }, [
      el("h2", { id: "detail-title", text: detail.sender ? `대화 ${shortSender(detail.sender)}` : "직접 입력한 사례" }),
      handoff ? el("span", { class: "tag handoff", text: "상담 요청" }) : null,
      detail.sender ? el("code", { class: "sender-id", text: detail.sender }) : null,
    ]),
    detail.sender ? handoffBox(handoff, detail.sender) : null,
    warningsBox(detail.warnings),
    el("div", { class: "grid" }, [
      el("div", { class: "col" }, [answerPanel(detail.suggested_answer), programsPanel(detail.result), factsPanel(detail.facts)]),
      el("div", { class: "col" }, [casePanel(), transcriptPanel(detail.events), notesPanel(detail)]),
    ]),
  ];
  dom.conversation.replaceChildren(...parts.filter(Boolean));
}

/** The open hand-off of a conversation: the detail's newest, else the list entry's summary. */
function detailHandoff(detail) {
  const handoffs = Array.isArray(detail.handoffs) ? detail.handoffs : [];
  if (handoffs.length) return handoffs[0];
  const listed = state.conversations.find((item) => item.sender === detail.sender);
  return listed && listed.handoff ? { summary: listed.handoff_summary || "", created_at: listed.handoff_at } : null;
}

function handoffBox(handoff, sender) {
  if (!handoff) return null;
  const resolve = el("button", { type: "button", class: "btn", id: "resolve", text: "상담 완료로 표시", onclick: () => resolveHandoff(sender) });
  return el("div", { class: "handoff-summary" }, [
    el("p", {}, [el("strong", { text: "상담 요청 " }), handoff.summary || "(요약 없음)"]),
    handoff.created_at ? el("p", { class: "muted small", text: `요청 시각 ${formatDateTime(handoff.created_at)}` }) : null,
    el("div", { class: "row-end" }, resolve),
  ]);
}

async function resolveHandoff(sender) {
  try {
    await api(`/conversations/${encodeURIComponent(sender)}/resolve`, { method: "POST", body: "{}" });
    toast("상담 완료로 표시했어요.");
    await loadList();
    await selectConversation(sender);
  } catch (error) {
    toast(error.message);
  }
}

function warningsBox(warnings) {
  if (!Array.isArray(warnings) || !warnings.length) return null;
  return el("ul", { class: "warnings", role: "note", "aria-label": "주의" }, warnings.map((text) => el("li", { text })));
}

/* ---------- suggested answer ---------- */

function answerPanel(answer) {
  const text = Array.isArray(answer) ? answer.join("\n\n") : String(answer || "");
  const box = el("textarea", { id: "answer", class: "answer", rows: "12", "aria-label": "추천 답변 (고쳐서 복사할 수 있어요)" });
  box.value = text;
  const copy = el("button", { type: "button", class: "btn primary", id: "copy-answer", text: "복사", onclick: () => copyText(box) });
  return section("추천 답변", [
    text ? box : el("p", { class: "muted", text: "아직 추천 답변이 없어요. 사례를 채우고 다시 판정해 보세요." }),
    text ? el("div", { class: "row-end" }, copy) : null,
  ], { id: "answer-panel" });
}

async function copyText(box) {
  try {
    await navigator.clipboard.writeText(box.value);
  } catch (error) {
    box.select(); // clipboard API needs https; the older command still works on http
    document.execCommand("copy");
  }
  toast("추천 답변을 복사했어요.");
}

/* ---------- programs, reasons, parameters ---------- */

function programsPanel(result) {
  const programs = result && Array.isArray(result.programs) ? result.programs : [];
  if (!programs.length) return section("제도 판정", [el("p", { class: "muted", text: "판정 결과가 아직 없어요." })], { id: "programs-panel" });
  const sorted = [...programs].sort((a, b) => (STATUS_ORDER[a.status] ?? 3) - (STATUS_ORDER[b.status] ?? 3));
  const relevant = sorted.filter((program) => program.status !== "not_eligible");
  const others = sorted.filter((program) => program.status === "not_eligible");
  return section("제도 판정", [
    el("p", { class: "muted", text: `${result.as_of || ""} 기준 · 해당 ${countStatus(programs, "eligible")} · 정보 필요 ${countStatus(programs, "needs_info")} · 해당 없음 ${others.length}` }),
    el("div", { class: "programs" }, relevant.map((program) => programBlock(program, program.status === "eligible"))),
    others.length ? el("details", { class: "others" }, [
      el("summary", { text: `해당 없는 제도 ${others.length}개` }),
      el("div", { class: "programs" }, others.map((program) => programBlock(program, false))),
    ]) : null,
  ], { id: "programs-panel" });
}

function countStatus(programs, status) {
  return programs.filter((program) => program.status === status).length;
}

function programBlock(program, open) {
  const total = program.benefit && isNumber(program.benefit.total) ? formatWon(program.benefit.total) : "";
  return el("details", { class: `program ${program.status}`, open, "data-program": program.id }, [
    el("summary", {}, [
      el("span", { class: "program-name", text: program.name || program.id }),
      el("span", { class: `tag ${program.status}`, text: STATUS_LABELS[program.status] || program.status }),
      total ? el("span", { class: "program-total", text: total }) : null,
      !total && (program.missing_facts || []).length
        ? el("span", { class: "program-missing", text: `필요: ${program.missing_facts.join(", ")}` }) : null,
    ]),
    programFacts(program),
    reasonsList(program.reasons),
    missingList(program.missing_facts),
    caveatsList(program.caveats),
    notesList(program.notes),
    applyBlock(program.apply),
    parametersTable(program.parameters),
  ]);
}

function programFacts(program) {
  const rows = [];
  const add = (label, value) => { if (value) rows.push(el("dt", { text: label }), el("dd", { text: value })); };
  const benefit = program.benefit || {};
  add("지급처", benefit.payer);
  add("총액", isNumber(benefit.total) ? formatWon(benefit.total) : "");
  add("월별", monthlySummary(benefit.monthly));
  add("사업주 부담", isNumber(program.employer_cost) && program.employer_cost > 0 ? formatWon(program.employer_cost) : "");
  add("기간", durationText(program.duration));
  return rows.length ? el("dl", { class: "facts" }, rows) : null;
}

/** "1~3개월 2,500,000원 · 4~6개월 2,000,000원 …": runs of equal months folded together. */
function monthlySummary(monthly) {
  if (!Array.isArray(monthly) || !monthly.length) return "";
  const runs = [];
  for (const item of monthly) {
    const last = runs[runs.length - 1];
    if (last && last.amount === item.amount && last.to === item.month - 1) last.to = item.month;
    else runs.push({ from: item.month, to: item.month, amount: item.amount });
  }
  return runs.map((run) => `${run.from === run.to ? run.from : `${run.from}~${run.to}`}개월 ${formatWon(run.amount)}`).join(" · ");
}

function durationText(duration) {
  if (!duration) return "";
  const parts = [];
  if (duration.max_months) parts.push(`최대 ${duration.max_months}개월`);
  if (duration.max_days) parts.push(`최대 ${duration.max_days}일`);
  if (duration.paid_days) parts.push(`유급 ${duration.paid_days}일`);
  return parts.join(" · ");
}

function reasonsList(reasons) {
  if (!Array.isArray(reasons) || !reasons.length) return null;
  return el("div", { class: "block" }, [
    el("h4", { text: "적용된 규칙" }),
    el("ul", { class: "reasons" }, reasons.map((reason) => el("li", {}, [
      reason.text || "",
      reason.basis ? el("cite", { text: reason.basis }) : null,
    ]))),
  ]);
}

function missingList(missing) {
  if (!Array.isArray(missing) || !missing.length) return null;
  return el("div", { class: "block" }, [
    el("h4", { text: "더 필요한 정보" }),
    el("p", {}, missing.map((path) => el("code", { class: "path", text: path }))),
  ]);
}

function caveatsList(caveats) {
  if (!Array.isArray(caveats) || !caveats.length) return null;
  return el("ul", { class: "caveats" }, caveats.map((text) => el("li", { text })));
}

function notesList(notes) {
  if (!Array.isArray(notes) || !notes.length) return null;
  return el("ul", { class: "program-notes" }, notes.map((note) => el("li", { text: typeof note === "string" ? note : JSON.stringify(note) })));
}

function applyBlock(apply) {
  if (!apply || (!apply.where && !apply.until && !(apply.steps || []).length)) return null;
  const period = [apply.from ? `${apply.from}부터` : "", apply.until ? `${apply.until}까지` : ""].filter(Boolean).join(" ");
  return el("div", { class: "block" }, [
    el("h4", { text: "신청" }),
    el("p", { text: [apply.where, period].filter(Boolean).join(" · ") }),
    (apply.steps || []).length ? el("ol", { class: "steps" }, apply.steps.map((step) => el("li", { text: step }))) : null,
  ]);
}

function parametersTable(parameters) {
  if (!Array.isArray(parameters) || !parameters.length) return null;
  return el("details", { class: "block params-block" }, [
    el("summary", { text: `사용한 법령 값 ${parameters.length}개 (시행일·근거·확인 등급)` }),
    el("div", { class: "table-wrap" }, el("table", { class: "params" }, [
      el("colgroup", {}, ["name", "value", "date", "source", "grade"].map((name) => el("col", { class: name }))),
      el("thead", {}, el("tr", {}, ["항목", "값", "시행일", "근거", "등급"].map((title) => el("th", { scope: "col", text: title })))),
      el("tbody", {}, parameters.map((parameter) => el("tr", {}, [
        el("td", {}, el("code", { text: parameter.name })),
        el("td", { class: isNumber(parameter.value) ? "num" : "", text: formatValue(parameter.value) }),
        el("td", { text: parameter.effective_from || "-" }),
        el("td", { text: parameter.source || "-" }),
        el("td", { class: `grade grade-${parameter.confidence}`, text: GRADE_LABELS[parameter.confidence] || parameter.confidence || "-" }),
      ]))),
    ])),
  ]);
}

/* ---------- collected facts and transcript ---------- */

function factsPanel(facts) {
  const rows = Array.isArray(facts) ? facts : [];
  if (!rows.length) return section("수집된 정보", [el("p", { class: "muted", text: "대화에서 모은 정보가 아직 없어요." })], { id: "facts-panel" });
  return section("수집된 정보", [
    el("div", { class: "table-wrap" }, el("table", { class: "facts-table" }, [
      el("thead", {}, el("tr", {}, ["항목", "값", "출처"].map((title) => el("th", { scope: "col", text: title })))),
      el("tbody", {}, rows.map((fact) => el("tr", {}, [
        el("td", {}, el("code", { text: fact.path })),
        el("td", { text: formatValue(fact.value, fact.path) }),
        el("td", { text: fact.source || fact.slot || "-" }),
      ]))),
    ])),
  ], { id: "facts-panel" });
}

/** What a bot message looked like in the chat: its text, or a one-line summary of its card. */
function eventText(event) {
  const custom = event.custom || {};
  const parts = [event.text || ""];
  if (custom.kind === "programs") {
    const names = (custom.items || []).map((item) => `${item.name}(${STATUS_LABELS[item.status] || item.status})`);
    parts.push(`〔제도 카드〕 ${names.join(" · ")}`);
  } else if (custom.kind === "plan") {
    parts.push(`〔시기별 활용안〕 ${(custom.rows || []).length}개월`);
  } else if (custom.kind === "handoff") {
    parts.push(`〔상담 연결〕 ${custom.summary || ""} ☎ ${custom.phone || ""}`);
  }
  if (Array.isArray(event.buttons) && event.buttons.length) {
    parts.push(`버튼: ${event.buttons.map((button) => button.title).join(" · ")}`);
  }
  return parts.filter(Boolean).join("\n");
}

function transcriptPanel(events) {
  const rows = Array.isArray(events) ? events : [];
  const body = rows.length
    ? el("ol", { class: "transcript" }, rows.map((event) => el("li", { class: `ev ${event.who === "user" ? "user" : "bot"}` }, [
      el("span", { class: "who", text: event.who === "user" ? "사용자" : event.who === "agent" ? "상담사" : "챗봇" }),
      el("span", { class: "text", text: eventText(event) }),
      el("time", { datetime: event.at || "", text: formatDateTime(event.at) }),
    ])))
    : el("p", { class: "muted", text: "대화 기록이 없어요." });
  return section("대화 기록", [body], { id: "transcript-panel" });
}

/** Agent notes on the conversation, oldest first, and a form to add one. */
function notesPanel(detail) {
  if (!detail.sender) return null;
  const notes = Array.isArray(detail.notes) ? detail.notes : [];
  const input = el("textarea", { id: "note-text", rows: "3", class: "note-input" });
  const form = el("form", { class: "note-form", onsubmit: (event) => addNote(event, detail.sender, input) }, [
    el("label", { for: "note-text", class: "json-label", text: "메모 남기기" }),
    input,
    el("div", { class: "row-end" }, el("button", { type: "submit", class: "btn", text: "메모 저장" })),
  ]);
  return section("상담 메모", [
    notes.length
      ? el("ul", { class: "notes" }, notes.map((note) => el("li", {}, [
        el("strong", { text: note.author || "상담사" }),
        el("span", { class: "note-text", text: note.text || "" }),
        el("time", { datetime: note.created_at || "", text: formatDateTime(note.created_at) }),
      ])))
      : el("p", { class: "muted", text: "아직 메모가 없어요." }),
    form,
  ], { id: "notes-panel" });
}

async function addNote(event, sender, input) {
  event.preventDefault();
  try {
    const body = await api(`/conversations/${encodeURIComponent(sender)}/notes`, { method: "POST", body: JSON.stringify({ text: input.value }) });
    state.detail.notes = [...(state.detail.notes || []), body.note];
    renderDetail();
    toast("메모를 저장했어요.");
    document.getElementById("note-text").focus();
  } catch (error) {
    toast(error.message);
    input.focus();
  }
}

/* ---------- case editor ---------- */

function getPath(object, path) {
  return path.split(".").reduce((node, key) => (node === null || node === undefined ? undefined : node[key]), object);
}

/** Set (or, for "", remove) a value at a dotted path; numeric keys make arrays. */
function setPath(object, path, value) {
  const keys = path.split(".");
  let node = object;
  keys.slice(0, -1).forEach((key, index) => {
    if (node[key] === null || typeof node[key] !== "object") node[key] = /^\d+$/.test(keys[index + 1]) ? [] : {};
    node = node[key];
  });
  const last = keys[keys.length - 1];
  if (value === "" || value === undefined) delete node[last];
  else node[last] = value;
}

function fieldInput(field) {
  const id = `field-${field.path.replace(/\./g, "-")}`;
  const current = getPath(state.case, field.path);
  const input = field.type === "select"
    ? el("select", { id, name: field.path }, field.options.map(([value, label]) => el("option", { value, text: label })))
    : el("input", { id, name: field.path, type: field.type, inputmode: field.type === "number" ? "numeric" : false, min: field.type === "number" ? "0" : false });
  input.value = current === undefined || current === null ? "" : String(current);
  input.addEventListener("change", () => onFieldChange(field, input));
  return el("div", { class: "field" }, [el("label", { for: id, text: field.label }), input]);
}

function onFieldChange(field, input) {
  const raw = input.value.trim();
  const value = field.type === "number" && raw !== "" ? Number(raw) : raw;
  setPath(state.case, field.path, value);
  dom.caseJson.value = JSON.stringify(state.case, null, 2);
  dom.caseError.textContent = "";
}

function syncFieldsFromJson() {
  try {
    state.case = JSON.parse(dom.caseJson.value);
    dom.caseError.textContent = "";
  } catch (error) {
    dom.caseError.textContent = "JSON 형식이 올바르지 않아요. 쉼표와 따옴표를 확인해 주세요.";
    return;
  }
  for (const field of CASE_FIELDS) {
    const input = document.getElementById(`field-${field.path.replace(/\./g, "-")}`);
    const value = getPath(state.case, field.path);
    if (input) input.value = value === undefined || value === null ? "" : String(value);
  }
}

function casePanel() {
  dom.caseJson = el("textarea", { id: "case-json", class: "json", rows: "14", spellcheck: "false", "aria-describedby": "case-help" });
  dom.caseJson.value = JSON.stringify(state.case, null, 2);
  dom.caseJson.addEventListener("change", syncFieldsFromJson);
  dom.caseError = el("p", { id: "case-error", class: "error", role: "alert" });
  const form = el("form", { class: "case-form", novalidate: true, onsubmit: onEvaluate }, [
    el("div", { class: "fields" }, CASE_FIELDS.map(fieldInput)),
    el("label", { for: "case-json", class: "json-label", text: "사례 JSON (모든 항목)" }),
    el("p", { id: "case-help", class: "muted small", text: "금액은 원 단위 정수, 날짜는 YYYY-MM-DD예요. 위 칸을 바꾸면 JSON도 바뀌어요." }),
    dom.caseJson,
    dom.caseError,
    el("div", { class: "row-end" }, el("button", { type: "submit", class: "btn primary", id: "evaluate", text: "다시 판정하기" })),
  ]);
  return section("사례 직접 입력", [form], { id: "case-panel" });
}

/** The re-evaluated case: through the conversation's route, or the plain evaluate API without one. */
async function requestEvaluation(sender) {
  const body = JSON.stringify(state.case);
  if (sender) return api(`/conversations/${encodeURIComponent(sender)}/case`, { method: "POST", body });
  return { case: state.case, result: await api("/evaluate", { method: "POST", body }), suggested_answer: "" };
}

async function onEvaluate(event) {
  event.preventDefault();
  syncFieldsFromJson();
  if (dom.caseError.textContent) return dom.caseJson.focus();
  const button = event.submitter || document.getElementById("evaluate");
  button.disabled = true;
  try {
    const answer = await requestEvaluation(state.detail && state.detail.sender);
    Object.assign(state.detail, {
      case: answer.case || state.case, result: answer.result,
      suggested_answer: answer.suggested_answer, warnings: answer.warnings || [],
    });
    state.case = state.detail.case;
    renderDetail();
    toast("다시 판정했어요.");
    document.getElementById("programs-panel").scrollIntoView({ block: "start" });
  } catch (error) {
    showCaseError(error);
  } finally {
    button.disabled = false;
  }
}

function showCaseError(error) {
  dom.caseError.textContent = error.field ? `${error.field}: ${error.message}` : error.message;
  const path = error.field ? error.field.replace(/\[(\d+)\]/g, ".$1") : "";
  const input = path && document.getElementById(`field-${path.replace(/\./g, "-")}`);
  (input || dom.caseJson).focus();
}

/* ---------- start-up ---------- */

function bindDom() {
  dom.list = document.getElementById("conversations");
  dom.count = document.getElementById("list-count");
  dom.listStatus = document.getElementById("list-status");
  dom.detail = document.getElementById("detail");
  dom.empty = document.getElementById("empty");
  dom.conversation = document.getElementById("conversation");
  dom.toast = document.getElementById("toast");
}

async function start() {
  bindDom();
  document.getElementById("refresh").addEventListener("click", () => { tokenDeclined = false; loadList(); });
  document.getElementById("new-case").addEventListener("click", startBlankCase);
  await loadList();
  const wanted = decodeURIComponent(window.location.hash.slice(1));
  if (wanted) await selectConversation(wanted);
  window.setInterval(() => { if (!document.hidden) loadList(); }, LIST_REFRESH_MS);
  document.body.dataset.ready = "true";
}

start();
