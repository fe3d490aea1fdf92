/** Builds an element: `h('a', { href: '#/', class: 'x' }, 'text', child)`. Text is never parsed as HTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false).map((c) => (c instanceof Node ? c : String(c))));
  return el;
}

/** `199.99` in the product's currency, formatted for the visitor's locale. */
export function money(amount, currency = 'USD') {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
}

/** "12 in stock" / "Out of stock". */
export function stockLabel(quantity) {
  return quantity > 0 ? `${quantity} in stock` : 'Out of stock';
}
