/**
 * Formulas are article text. MathJax 3 wraps each one in `<mjx-container class="MathJax
 * CtxtMenu_Attached_0">`: the class names its context menu, and Readability (0.6) takes any element
 * whose class or id says "menu" for page furniture and deletes it before scoring — every formula of the
 * article goes, and the sentences around them read "When , there are two solutions to and they are".
 * The class is only styling, so on the working copy it goes instead. The accessible MathML inside
 * (`<mjx-assistive-mml><math>…`) then reaches the article; the glyph layer beside it is `aria-hidden`
 * and holds no text.
 */
export function keepFormulas(doc: Document): void {
  for (const el of Array.from(doc.getElementsByTagName('mjx-container'))) el.removeAttribute('class');
}
