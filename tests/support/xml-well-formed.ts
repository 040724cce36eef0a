/**
 * A small XML 1.0 well-formedness check for tests (no XML parser is a dependency): one root element,
 * tags balanced and properly nested, attributes quoted and unique, only the five predefined entities
 * or character references, no bare `<` or `&` in text, no character XML forbids. Enough to catch
 * every way an unescaped value could break a feed; it does not read DTDs, CDATA or comments.
 */
const NAME = '[A-Za-z_:][-A-Za-z0-9._:]*';
const REFERENCE = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function checkText(text: string, where: string): string | null {
	if (FORBIDDEN.test(text)) return `a character XML forbids in ${where}`;
	const bare = text.replace(REFERENCE, '');
	if (bare.includes('&')) return `a bare or unknown "&" in ${where}`;
	if (bare.includes('<')) return `a bare "<" in ${where}`;
	return null;
}

/** null when the document is well-formed, else the first problem found. */
export function wellFormednessProblem(xml: string): string | null {
	let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
	const stack: string[] = [];
	let roots = 0;
	const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
	const attribute = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
	while (rest.length) {
		const lt = rest.indexOf('<');
		const text = lt === -1 ? rest : rest.slice(0, lt);
		if (text) {
			if (!stack.length && text.trim())
				return `text outside the root element: "${text.slice(0, 40)}"`;
			const problem = checkText(text, `text "${text.slice(0, 40)}"`);
			if (problem) return problem;
		}
		if (lt === -1) break;
		rest = rest.slice(lt);
		const match = tag.exec(rest);
		if (!match) return `a malformed tag at "${rest.slice(0, 40)}"`;
		const [whole, closing, name, attrs, selfClosing] = match;
		if (closing) {
			if (attrs.trim() || selfClosing) return `a malformed end tag </${name}>`;
			if (stack.pop() !== name) return `</${name}> does not close the open element`;
		} else {
			const seen = new Set<string>();
			for (const [, key, double, single] of attrs.matchAll(attribute)) {
				if (seen.has(key)) return `attribute ${key} repeated on <${name}>`;
				seen.add(key);
				const problem = checkText(double ?? single ?? '', `attribute ${key} of <${name}>`);
				if (problem) return problem;
			}
			if (!stack.length) roots += 1;
			if (roots > 1) return 'more than one root element';
			if (!selfClosing) stack.push(name);
		}
		rest = rest.slice(whole.length);
	}
	if (stack.length) return `<${stack.at(-1)}> is never closed`;
	if (roots !== 1) return 'no root element';
	return null;
}
