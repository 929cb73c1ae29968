// 워라밸 길잡이 chat widget: talks to POST api/v1/chat and draws a KakaoTalk-like room.
// Plain ES module, no build step, no external resources. The sender id and the conversation
// live in localStorage so a reload shows the same room.

const SENDER_KEY = "worklife.sender";
const HISTORY_KEY = "worklife.history.v1";
const HISTORY_LIMIT = 200; // entries kept in localStorage; older ones scroll out of the room
const CHAT_URL = "api/v1/chat";
const FEEDBACK_URL = "api/v1/feedback";
const REQUEST_TIMEOUT_MS = 30000; // the bot may evaluate many programs; give it time
const RESTART_MESSAGE = "/restart";
const BOT_NAME = "워라밸 길잡이";
const WEEKDAYS = ["일", "월", "화", "수", "목", "금", "토"];

const STATUS_LABELS = {
  eligible: "받을 수 있어요",
  needs_info: "정보 필요",
  not_eligible: "해당 없어요",
};

const ERROR_TEXTS = {
  network: "인터넷 연결이 끊긴 것 같아요. 연결을 확인하고 다시 보내 주세요.",
  timeout: "답변이 너무 늦어지고 있어요. 잠시 후 다시 보내 주세요.",
  rate_limited: "메시지를 너무 빨리 보내고 있어요. 잠깐 쉬었다가 다시 보내 주세요.",
  bad_request: "메시지를 처리하지 못했어요. 내용을 고쳐서 다시 보내 주세요.",
  server: "챗봇이 잠시 응답하지 않아요. 잠시 후 다시 시도해 주세요.",
};

const WELCOME = {
  text:
    "안녕하세요! 워라밸 길잡이예요.\n" +
    "출산·육아·가족돌봄 제도 중 받을 수 있는 것과 금액, 신청 방법을 알려 드려요.\n" +
    "상황을 편하게 적어 주세요. 예) 다음 달 출산 예정이고 월급은 300만원이에요",
  buttons: [
    { title: "내 상황 확인하기", payload: "내 상황 확인하기" },
    { title: "육아휴직 급여는 얼마예요?", payload: "육아휴직 급여는 얼마예요?" },
    { title: "배우자 출산휴가는 며칠이에요?", payload: "배우자 출산휴가는 며칠이에요?" },
    { title: "회사 지원금이 궁금해요", payload: "회사가 받을 수 있는 지원금이 궁금해요" },
  ],
};

const state = {
  sender: "",
  history: [],
  busy: false,
  lastGroup: null, // {who, minute, time} of the last drawn message, for KakaoTalk-style grouping
  lastDay: "",
};

const dom = {};

/* ---------- small DOM helpers ---------- */

/** Create an element with attributes and children (strings become text nodes, never HTML). */
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

/** An inline SVG that reuses a symbol drawn once in the page. */
function svgUse(symbolId, className) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("class", className);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const use = document.createElementNS(ns, "use");
  use.setAttribute("href", `#${symbolId}`);
  svg.append(use);
  return svg;
}

/** Tell screen-reader users about something that is not a chat message. */
function announce(text) {
  dom.status.textContent = "";
  window.setTimeout(() => { dom.status.textContent = text; }, 50);
}

function scrollToBottom() {
  dom.scroller.scrollTop = dom.scroller.scrollHeight;
}

/* ---------- formatting (Korean) ---------- */

/** "오후 3:12" as KakaoTalk shows message times. */
function formatTime(date) {
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, "0");
  return `${hours < 12 ? "오전" : "오후"} ${hours % 12 || 12}:${minutes}`;
}

/** "2026년 11월 24일 화요일" for the date separator. */
function formatDay(date) {
  return `${date.getFullYear()}년 ${date.getMonth() + 1}월 ${date.getDate()}일 ${WEEKDAYS[date.getDay()]}요일`;
}

/** 1684210 -> "1,684,210원". */
function formatWon(amount) {
  return `${new Intl.NumberFormat("ko-KR").format(Math.round(amount))}원`;
}

/** "2027-03-01" -> "2027년 3월 1일" (read as a calendar date, never shifted by time zone). */
function formatIsoDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
  if (!match) return iso || "";
  return `${match[1]}년 ${Number(match[2])}월 ${Number(match[3])}일`;
}

/** "2027-03" -> "2027년 3월"; anything else is shown as given. */
function formatPeriod(period) {
  const match = /^(\d{4})-(\d{2})$/.exec(period || "");
  return match ? `${match[1]}년 ${Number(match[2])}월` : formatIsoDate(period);
}

function dayKey(date) {
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}

/** Text with web addresses turned into links; everything else stays plain text. */
function linkified(text) {
  const parts = String(text).split(/(https?:\/\/[^\s)]+)/g);
  return parts.map((part, index) =>
    index % 2 === 1 ? el("a", { href: part, target: "_blank", rel: "noopener noreferrer", text: part }) : part,
  );
}

/* ---------- storage ---------- */

function readStorage(key) {
  try {
    return window.localStorage.getItem(key);
  } catch (error) {
    return null; // storage can be disabled (private mode); the room still works without it
  }
}

function writeStorage(key, value) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch (error) {
    // quota or disabled storage: the conversation simply is not kept across reloads
  }
}

/** A random RFC 4122 version-4 id; randomUUID needs a secure context, so fall back. */
function newSenderId() {
  if (window.crypto.randomUUID) return window.crypto.randomUUID();
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function loadSender() {
  let sender = readStorage(SENDER_KEY);
  if (!sender) {
    sender = newSenderId();
    writeStorage(SENDER_KEY, sender);
  }
  return sender;
}

function loadHistory() {
  try {
    const parsed = JSON.parse(readStorage(HISTORY_KEY) || "[]");
    return Array.isArray(parsed) ? parsed.filter((entry) => entry && entry.who && entry.at) : [];
  } catch (error) {
    return []; // a damaged history is dropped rather than breaking the page
  }
}

function saveHistory() {
  state.history = state.history.slice(-HISTORY_LIMIT);
  writeStorage(HISTORY_KEY, JSON.stringify(state.history));
}

/* ---------- drawing messages ---------- */

function addDateSeparatorIfNeeded(date) {
  const key = dayKey(date);
  if (key === state.lastDay) return;
  state.lastDay = key;
  state.lastGroup = null;
  dom.log.append(el("div", { class: "date-sep", text: formatDay(date) }));
}

/** KakaoTalk groups consecutive messages of one author within one minute: one name, one time. */
function continuesGroup(who, date) {
  const last = state.lastGroup;
  return Boolean(last && last.who === who && last.minute === Math.floor(date.getTime() / 60000));
}

function speakerLabel(who, continued) {
  if (who === "bot" && !continued) return el("p", { class: "name", text: BOT_NAME });
  return el("span", { class: "sr-only", text: who === "bot" ? `${BOT_NAME}:` : "나:" });
}

/** Append one message (bubble or card) to the log with avatar, name and time. */
function appendMessage(who, date, content, options = {}) {
  addDateSeparatorIfNeeded(date);
  const continued = continuesGroup(who, date);
  if (continued) state.lastGroup.time.hidden = true;
  const time = el("time", { datetime: date.toISOString(), text: formatTime(date) });
  const stack = el("div", { class: options.wide ? "stack wide" : "stack" }, [
    speakerLabel(who, continued),
    el("div", { class: "row" }, [content, time]),
  ]);
  const classes = ["msg", who, continued ? "" : "first", options.extraClass || ""].join(" ").trim();
  const message = el("div", { class: classes }, [who === "bot" ? svgUse("bot-avatar", "avatar") : null, stack]);
  dom.log.append(message);
  state.lastGroup = { who, minute: Math.floor(date.getTime() / 60000), time };
  scrollToBottom();
  return message;
}

function textBubble(text) {
  return el("div", { class: "bubble" }, linkified(text));
}

/** The programs card: eligible programs in full, ones needing facts in short, the rest folded. */
function programsCard(custom) {
  const items = Array.isArray(custom.items) ? custom.items : [];
  const byStatus = (status) => items.filter((item) => (STATUS_LABELS[item.status] ? item.status : "needs_info") === status);
  const eligible = byStatus("eligible");
  const needsInfo = byStatus("needs_info");
  const others = byStatus("not_eligible");
  const asOf = custom.as_of ? `${formatIsoDate(custom.as_of)} 기준 법령으로 계산했어요` : null;
  return el("section", { class: "card programs-card", "aria-label": "제도 확인 결과" }, [
    el("h2", { class: "card-head" }, [`받을 수 있는 제도 ${eligible.length}개`, asOf ? el("small", { text: asOf }) : null]),
    el("ul", { class: "programs" }, [...eligible.map(programItem), ...needsInfo.map(shortProgramItem)]),
    others.length ? foldedPrograms(others) : null,
    feedbackFooter(),
  ]);
}

function foldedPrograms(items) {
  return el("details", { class: "card-note" }, [
    el("summary", { text: `해당 없는 제도 ${items.length}개 보기` }),
    el("ul", { class: "programs" }, items.map(shortProgramItem)),
  ]);
}

function programTop(item, status) {
  return el("div", { class: "program-top" }, [
    el("h3", { text: item.name || item.id || "제도" }),
    el("span", { class: `badge ${status}`, text: STATUS_LABELS[status] }),
  ]);
}

/** A program the person can use: headline, total, payer, deadline, reason, caveat. */
function programItem(item) {
  return el("li", { class: "program", "data-program": item.id || "" }, [
    programTop(item, "eligible"),
    item.headline ? el("p", { class: "headline", text: item.headline }) : null,
    programAmount(item),
    programDetails(item),
    item.reason ? el("p", { class: "reason", text: item.reason }) : null,
    item.caveat ? el("p", { class: "caveat", text: withWarningSign(item.caveat) }) : null,
  ]);
}

/** A program that needs more facts or does not apply: name, status and why, nothing more. */
function shortProgramItem(item) {
  const status = STATUS_LABELS[item.status] ? item.status : "needs_info";
  return el("li", { class: "program short", "data-program": item.id || "" }, [
    programTop(item, status),
    item.reason || item.headline ? el("p", { class: "reason", text: item.reason || item.headline }) : null,
  ]);
}

function withWarningSign(text) {
  return /^\s*⚠/.test(text) ? text : `⚠️ ${text}`;
}

/** The total in won, with the month-by-month wording ("1~3개월 …; 4~6개월 …") under it. */
function programAmount(item) {
  const detail = item.amount_text ? el("p", { class: "amount-detail", text: item.amount_text.split(/;\s*/).join("\n") }) : null;
  if (!isNumber(item.total) || item.total <= 0) return detail;
  return el("div", {}, [el("p", { class: "amount" }, [formatWon(item.total), el("small", { text: "총액" })]), detail]);
}

function programDetails(item) {
  const rows = [];
  if (item.payer) rows.push(el("dt", { text: "지급" }), el("dd", { text: item.payer }));
  if (item.apply_until) rows.push(el("dt", { text: "신청 기한" }), el("dd", { text: `${formatIsoDate(item.apply_until)}까지` }));
  return rows.length ? el("dl", {}, rows) : null;
}

/** The month-by-month plan as a compact table: equal consecutive months share one row. */
function planCard(custom) {
  const rows = Array.isArray(custom.rows) ? custom.rows : [];
  const total = rows.reduce((sum, row) => sum + (isNumber(row.amount) ? row.amount : 0), 0);
  return el("section", { class: "card plan-card" }, [
    el("table", { class: "plan" }, [
      el("caption", { text: custom.title || "시기별 활용안" }),
      el("colgroup", {}, [el("col", { class: "period" }), el("col"), el("col", { class: "amount" })]),
      el("thead", {}, el("tr", {}, [
        el("th", { scope: "col", text: "시기" }),
        el("th", { scope: "col", text: "제도" }),
        el("th", { scope: "col", class: "num", text: "월 받는 돈" }),
      ])),
      el("tbody", {}, mergeMonths(rows).map(planRow)),
      el("tfoot", {}, el("tr", {}, [
        el("td", { colspan: "2", text: "합계" }),
        el("td", { class: "num", text: formatWon(total) }),
      ])),
    ]),
  ]);
}

/** Month number since year 0 for "YYYY-MM", or null for anything else. */
function monthIndex(period) {
  const match = /^(\d{4})-(\d{2})$/.exec(period || "");
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

/** Fold rows of one program with the same amount and note in consecutive months into a run. */
function mergeMonths(rows) {
  const runs = [];
  for (const row of rows) {
    const index = monthIndex(row.period);
    const last = runs[runs.length - 1];
    const continues = last && index !== null && last.lastIndex === index - 1 &&
      last.program_id === row.program_id && last.amount === row.amount && last.note === row.note;
    if (continues) {
      last.lastIndex = index;
      last.months += 1;
      last.until = row.period;
    } else {
      runs.push({ ...row, lastIndex: index, months: 1, until: row.period });
    }
  }
  return runs;
}

/** Compact periods as Korean forms write them: "2027.03", "2027.06~08", "2027.12~2028.02". */
function formatRun(run) {
  const from = /^(\d{4})-(\d{2})$/.exec(run.period || "");
  const to = /^(\d{4})-(\d{2})$/.exec(run.until || "");
  if (!from || !to) return formatPeriod(run.period);
  if (run.months === 1) return `${from[1]}.${from[2]}`;
  if (from[1] === to[1]) return `${from[1]}.${from[2]}~${to[2]}`;
  return `${from[1]}.${from[2]}~\u200b${to[1]}.${to[2]}`; // may wrap after ~
}

function planRow(run) {
  const note = [run.months > 1 ? `${run.months}개월` : "", run.note || ""].filter(Boolean).join(" · ");
  return el("tr", {}, [
    el("td", { text: formatRun(run) }),
    el("td", {}, [run.program || run.program_id || "", note ? el("span", { class: "note", text: note }) : null]),
    el("td", { class: "num", text: isNumber(run.amount) ? formatWon(run.amount) : "-" }),
  ]);
}

/** Hand-off to a person: the summary and a tap-to-call link. */
function handoffCard(custom) {
  const phone = String(custom.phone || "1350").replace(/[^0-9]/g, "");
  return el("section", { class: "card handoff" }, [
    el("h2", { class: "card-head" }, ["상담사에게 연결할게요", el("small", { text: "고용노동부 고객상담센터" })]),
    custom.summary ? el("p", { class: "card-body", text: custom.summary }) : null,
    el("a", { class: "call", href: `tel:${phone}`, "aria-label": `${phone}번으로 전화하기` }, [
      el("span", { "aria-hidden": "true", text: "☎" }),
      `${phone} 전화하기`,
    ]),
  ]);
}

function feedbackFooter() {
  const footer = el("div", { class: "card-foot" });
  const ask = (helpful) => () => sendFeedback(helpful, footer);
  footer.append(
    el("button", { type: "button", class: "small-btn", onclick: ask(true), text: "도움이 됐어요" }),
    el("button", { type: "button", class: "small-btn", onclick: ask(false), text: "아쉬워요" }),
  );
  return footer;
}

/** One stored entry -> the element drawn in the log (null for payloads we do not draw). */
function entryContent(entry) {
  const kind = entry.custom && entry.custom.kind;
  if (kind === "programs") return { node: programsCard(entry.custom), wide: true };
  if (kind === "plan") return { node: planCard(entry.custom), wide: true };
  if (kind === "handoff") return { node: handoffCard(entry.custom), wide: true };
  if (typeof entry.text === "string" && entry.text.trim()) return { node: textBubble(entry.text), wide: false };
  return null;
}

function renderEntry(entry) {
  const content = entryContent(entry);
  if (!content) return;
  appendMessage(entry.who, new Date(entry.at), content.node, { wide: content.wide });
}

function addEntry(entry) {
  state.history.push(entry);
  saveHistory();
  renderEntry(entry);
}

/* ---------- quick replies ---------- */

function clearChips() {
  dom.chips.replaceChildren();
}

function showChips(buttons) {
  clearChips();
  for (const button of buttons || []) {
    if (!button || !button.title) continue;
    const payload = button.payload || button.title;
    dom.chips.append(
      el("button", { type: "button", class: "chip", text: button.title, onclick: () => sendMessage(payload, button.title) }),
    );
  }
  scrollToBottom();
}

function lastButtons(entries) {
  const last = entries[entries.length - 1];
  return last && last.who === "bot" && Array.isArray(last.buttons) ? last.buttons : [];
}

/* ---------- typing indicator and errors ---------- */

function showTyping() {
  const dots = el("div", { class: "bubble" }, [
    el("span", { class: "dot" }), el("span", { class: "dot" }), el("span", { class: "dot" }),
    el("span", { class: "sr-only", text: "답변을 쓰고 있어요" }),
  ]);
  const message = appendMessage("bot", new Date(), dots, { extraClass: "typing" });
  message.setAttribute("aria-busy", "true");
  return message;
}

function removeTyping(message) {
  message.remove();
  state.lastGroup = null; // the next bot message starts its own group with name and avatar
}

class ChatError extends Error {
  constructor(kind, serverMessage) {
    super(serverMessage || ERROR_TEXTS[kind] || ERROR_TEXTS.server);
    this.kind = kind;
  }
}

function errorKindForStatus(status) {
  if (status === 429) return "rate_limited";
  if (status >= 400 && status < 500) return "bad_request";
  return "server";
}

/** An error bubble (not stored); a retry button when trying again can help. */
function showError(error, retry) {
  const bubble = el("div", { class: "bubble", role: "alert" }, [error.message]);
  if (retry && error.kind !== "bad_request") {
    const button = el("button", { type: "button", class: "small-btn retry", text: "다시 보내기" });
    button.addEventListener("click", () => { button.closest(".msg").remove(); retry(); });
    bubble.append(button);
  }
  appendMessage("bot", new Date(), bubble, { extraClass: "error" });
}

/* ---------- talking to the server ---------- */

async function postJson(url, body) {
  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    return await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
  } catch (cause) {
    throw new ChatError(controller.signal.aborted ? "timeout" : "network");
  } finally {
    window.clearTimeout(timer);
  }
}

/** POST the message; resolve to the bot's Rasa REST items or throw a ChatError. */
async function postChat(message) {
  const response = await postJson(CHAT_URL, { sender: state.sender, message });
  const body = await response.json().catch(() => null);
  const serverMessage = body && body.error && body.error.message;
  if (!response.ok) throw new ChatError(errorKindForStatus(response.status), serverMessage);
  if (!body || !Array.isArray(body.messages)) throw new ChatError("server");
  return body.messages;
}

/** Store and draw the bot's answer; quick replies come from the last item that has buttons. */
function renderBotMessages(messages) {
  const at = new Date().toISOString();
  let buttons = [];
  for (const item of messages) {
    const entry = { who: "bot", at, text: item.text, custom: item.custom };
    if (Array.isArray(item.buttons) && item.buttons.length) {
      entry.buttons = item.buttons;
      buttons = item.buttons;
    }
    addEntry(entry);
  }
  showChips(buttons);
}

function setBusy(busy) {
  state.busy = busy;
  dom.send.setAttribute("aria-disabled", busy ? "true" : "false");
}

/** Forget a user message that did not reach the bot; it stays on screen only to be retried. */
function unsend(entry, node, keepOnScreen) {
  state.history = state.history.filter((stored) => stored !== entry);
  saveHistory();
  if (!node) return;
  if (keepOnScreen) node.classList.add("failed");
  else node.remove();
}

/** Send one message: draw it, wait with a typing indicator, draw the answer or an error.
 *  Resolves to "sent", "empty", "busy" or the error kind. A message the server rejects
 *  (bad_request) disappears from the room so its text can be edited in the input again. */
async function sendMessage(message, shownText = message) {
  const text = String(message || "").trim();
  if (state.busy) return "busy";
  if (!text) {
    announce("메시지를 입력해 주세요.");
    return "empty";
  }
  setBusy(true);
  clearChips();
  const entry = { who: "user", at: new Date().toISOString(), text: shownText || text };
  addEntry(entry);
  const node = dom.log.lastElementChild;
  const typing = showTyping();
  try {
    const messages = await postChat(text);
    removeTyping(typing);
    if (!messages.length) announce("챗봇이 보낸 답이 없어요. 다른 말로 물어봐 주세요.");
    renderBotMessages(messages);
    return "sent";
  } catch (error) {
    removeTyping(typing);
    unsend(entry, node, error.kind !== "bad_request");
    showError(error, () => { node.remove(); sendMessage(message, shownText); });
    return error.kind;
  } finally {
    setBusy(false);
  }
}

async function sendFeedback(helpful, footer) {
  footer.replaceChildren(el("span", { class: "card-note", text: "의견을 보내고 있어요…" }));
  const response = await postJson(FEEDBACK_URL, { sender: state.sender, helpful }).catch(() => null);
  const text = response && response.ok ? "의견 고마워요! 더 나은 답을 만드는 데 쓸게요." : "의견을 보내지 못했어요. 잠시 후 다시 눌러 주세요.";
  footer.replaceChildren(el("span", { class: "card-note", text }));
  announce(text);
}

/* ---------- composer, restart, start-up ---------- */

const INPUT_MAX_HEIGHT = 120; // px, about five lines; longer text scrolls inside the box

function autoGrow() {
  dom.input.style.height = "auto";
  const height = dom.input.scrollHeight;
  dom.input.style.height = `${Math.min(height, INPUT_MAX_HEIGHT)}px`;
  dom.input.style.overflowY = height > INPUT_MAX_HEIGHT ? "auto" : "hidden";
}

async function onSubmit(event) {
  event.preventDefault();
  const text = dom.input.value;
  if (state.busy || !text.trim()) {
    if (!text.trim()) announce("메시지를 입력해 주세요.");
    return;
  }
  dom.input.value = "";
  autoGrow();
  const outcome = await sendMessage(text);
  if (outcome === "bad_request" && !dom.input.value) dom.input.value = text; // fix it and send again
  autoGrow();
  dom.input.focus();
}

/** Enter sends, Shift+Enter breaks the line; Enter that ends Korean IME composition is ignored. */
function onKeydown(event) {
  if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
  event.preventDefault();
  dom.form.requestSubmit();
}

function resetRoom() {
  state.history = [];
  state.lastGroup = null;
  state.lastDay = "";
  writeStorage(HISTORY_KEY, null);
  dom.log.replaceChildren();
  clearChips();
}

function showWelcome() {
  addEntry({ who: "bot", at: new Date().toISOString(), text: WELCOME.text, buttons: WELCOME.buttons });
  showChips(WELCOME.buttons);
}

/** "처음부터": forget the room, tell the bot to forget the conversation, greet again. */
async function restart() {
  if (state.busy) return;
  resetRoom();
  setBusy(true);
  try {
    await postChat(RESTART_MESSAGE); // the bot's reply to the old conversation is not shown
  } catch (error) {
    showError(error, null);
  } finally {
    setBusy(false);
  }
  showWelcome();
  announce("대화를 처음부터 다시 시작했어요.");
  dom.input.focus();
}

function bindDom() {
  dom.log = document.getElementById("log");
  dom.chips = document.getElementById("chips");
  dom.scroller = document.getElementById("scroller");
  dom.form = document.getElementById("composer");
  dom.input = document.getElementById("message");
  dom.send = document.getElementById("send");
  dom.status = document.getElementById("status");
  dom.restart = document.getElementById("restart");
}

function start() {
  bindDom();
  state.sender = loadSender();
  state.history = loadHistory();
  state.history.forEach(renderEntry);
  if (state.history.length) showChips(lastButtons(state.history));
  else showWelcome();
  dom.form.addEventListener("submit", onSubmit);
  dom.input.addEventListener("keydown", onKeydown);
  dom.input.addEventListener("input", autoGrow);
  dom.restart.addEventListener("click", restart);
  autoGrow();
  document.body.dataset.ready = "true";
  dom.input.focus();
}

start();
