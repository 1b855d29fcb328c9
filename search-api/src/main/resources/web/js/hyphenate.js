// Long Swedish compounds in headings get soft hyphens where their parts meet, as the server's
// analysis splits them (/api/hyphenation), so a narrow screen breaks "vätgas-samverkansgrupp"
// between its parts instead of anywhere (browsers here have no Swedish hyphenation of their own).
import { hyphenation } from './api.js';

// Shorter words fit a phone's line in every heading size.
const LONG_WORD = /\p{L}{12,}/gu;
const SOFT_HYPHEN = '\u00ad';
const known = new Map();

function textNodes(elements) {
  return elements.flatMap((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  });
}

/** Asks once for the long words not seen before, then puts the hyphens into the text of the elements selected. */
export async function hyphenateHeadings(container, selector = 'h1, .hit-title') {
  const nodes = textNodes([...container.querySelectorAll(selector)])
    .filter((node) => !node.data.includes(SOFT_HYPHEN) && node.data.match(LONG_WORD));
  const unknown = [...new Set(nodes.flatMap((node) => node.data.match(LONG_WORD)))].filter((w) => !known.has(w));
  if (unknown.length) {
    try {
      Object.entries(await hyphenation(unknown.slice(0, 100))).forEach(([word, parts]) => known.set(word, parts));
    } catch {
      return; // the headings still wrap (overflow-wrap), only less nicely
    }
  }
  for (const node of nodes) {
    node.data = node.data.replace(LONG_WORD, (word) => known.get(word) ?? word);
  }
}
