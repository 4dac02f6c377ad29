/**
 * DOM helpers. Everything that reaches the page goes through createElement and textContent:
 * nicknames and quiz text come from people we do not trust, so no HTML string is ever parsed.
 * @module dom
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an element.
 * Attributes: `class`, `for`, `dataset` (an object), `style` (an object), `on<event>` (a function),
 * `true` for a bare boolean attribute, `false`/`null`/`undefined` to leave it out; anything else
 * is set with setAttribute, which never parses markup.
 * Children: strings and numbers become text nodes, nodes are appended, arrays are flattened,
 * null/undefined/false are skipped.
 * @param {string} tag
 * @param {Object<string, *>} [attrs]
 * @param {...*} children
 * @returns {HTMLElement}
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/**
 * Creates an SVG element (for the answer shapes): same rules as {@link el}.
 * @param {string} tag
 * @param {Object<string, *>} [attrs]
 * @param {...*} children
 * @returns {SVGElement}
 */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    } else if (name === 'style' && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k.startsWith('--')) node.style.setProperty(k, String(v));
        else node.style[k] = v;
      }
    } else if (name === 'value' && 'value' in node && node.namespaceURI !== SVG_NS) {
      node.value = String(value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

/**
 * Appends children (see {@link el} for what a child may be).
 * @param {Node} node
 * @param {Array<*>} children
 * @returns {Node} the node
 */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/**
 * Replaces all children of a node.
 * @param {Node} node
 * @param {...*} children
 * @returns {Node} the node
 */
export function replace(node, ...children) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return append(node, children);
}

/**
 * Finds one element.
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {HTMLElement|null}
 */
export function $(selector, root = document) {
  return root.querySelector(selector);
}

/**
 * Says something to screen readers through the page's polite live region (`#announcer`).
 * @param {string} message
 */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes a repeated message be read again.
  region.textContent = '';
  setTimeout(() => { region.textContent = message; }, 50);
}

let cleanupCurrent = null;

/**
 * Shows one screen in a container, after running the previous screen's cleanup (timers).
 * The screen's heading (`[data-focus]`, else the first h1/h2) takes the focus so keyboard and
 * screen reader users land on the new content.
 * @param {HTMLElement} container
 * @param {{node: HTMLElement, cleanup?: function(): void, focus?: boolean}} screen
 */
export function mount(container, screen) {
  if (cleanupCurrent) cleanupCurrent();
  cleanupCurrent = screen.cleanup || null;
  replace(container, screen.node);
  window.scrollTo(0, 0);
  if (screen.focus === false) return;
  const target = screen.node.querySelector('[data-focus]') || screen.node.querySelector('h1, h2');
  if (target) {
    if (!target.matches('a, button, input, select, textarea') && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // Each new screen starts at its top: a button low on a projector must not scroll the question away.
    target.focus({ preventScroll: true });
  }
}

/**
 * A form field: a label and its input, tied by id, with an optional hint.
 * @param {string} label
 * @param {HTMLElement} input an element with an id
 * @param {string} [hint]
 * @returns {HTMLElement}
 */
export function field(label, input, hint) {
  const hintNode = hint ? el('p', { class: 'hint', id: input.id + '-hint' }, hint) : null;
  if (hintNode) input.setAttribute('aria-describedby', hintNode.id);
  return el('div', { class: 'field' }, el('label', { for: input.id }, label), input, hintNode);
}

/**
 * Formats a whole number with the reader's thousands separator.
 * @param {number} n
 * @returns {string}
 */
export function num(n) {
  return Number(n || 0).toLocaleString();
}

/**
 * An ordinal for a rank: 1st, 2nd, 3rd, 4th...
 * @param {number} n
 * @returns {string}
 */
export function ordinal(n) {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}
