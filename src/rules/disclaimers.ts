/**
 * Syndication disclaimers, "First Published" stamps, copyright, licence and reprint lines. They leave the
 * body but not the reader: the attribution extractor reads the removed texts for agency, date and byline.
 */
import { LETTER, CAPITAL } from './letters';

export default {
  family: 'disclaimers',
  label: 'Syndication notes, copyright and credits',
  rules: {
    'syndicated-feed': String.raw`##:is(p,div,span,em,i,small):has-text(/^\(?This (story|article) has not been edited by .{1,80} staff and is auto-generated from a syndicated feed\.?\)?$/i)`,
    'first-published': String.raw`##:is(p,div,span,small,time):has-text(/^(First Published|Published|Last Updated|Updated)( on| at)? ?: .{4,60}$/i)`,
    copyright: String.raw`##:is(p,div,span,small):has-text(/^(Copyright|©|\(c\))( ©)? ?(Agence France-Presse|AFP|Reuters|Thomson Reuters|The Associated Press|Associated Press|Bloomberg|Press Trust of India|PTI|dpa|EFE|ANSA|Kyodo|Xinhua)[ ,]{0,40}(\d{4})?\.?( All rights reserved\.?)?$/i)`,
    'byline-line': String.raw`##:is(p,div,span):has-text(/^([${LETTER}0-9 &]{2,30} \| )?By [${CAPITAL}][${LETTER}.'-]{1,40}( [${CAPITAL}][${LETTER}.'-]{1,40}){0,3}$/)`,
    // "© 2020 CBS Interactive Inc. All Rights Reserved.", "Alle Rechte vorbehalten".
    rights: String.raw`##:is(p,div,span,small,footer,section):has-text(/^(.{0,150}(All rights reserved|All Rights Reserved|Alle Rechte vorbehalten|Tous droits réservés|Todos los derechos reservados|Wszelkie prawa zastrzeżone|Tutti i diritti riservati)\.?.{0,150}|(©|\(c\)|Copyright( ?©|:)?) ?\d{4}.{0,120})$/i)`,
    reprint: String.raw`##:is(p,div,span,small,em):has-text(/^.{0,150}(copyrighted property of|(published|broadcast|rewritten|redistributed|reproduced|copied|republished|reprinted|distributed|transmitted|used|stored)\b.{0,80}without (the )?(prior )?(express )?(written )?permission|Written permission must be obtained|REPRINTING CONTENT|Nachdruck (nur|ist nur) mit|Abdruck (nur|honorarfrei)|Vervielfältigung (nur|ist nur)|Reproduction (interdite|prohibida)|Kopiowanie i rozpowszechnianie).{0,300}$/i)`,
    licence: String.raw`##:is(p,div,span,small,em):has-text(/^.{0,100}\b(Lizenz|Licen[cs]e|licen[cs]ed under|Licence|Licencia)\b:? ?.{0,40}(CC[- ]BY|CC0|Creative Commons).{0,200}$/i)`,
    // Wire trailers: "(Reporting by …; Editing by …)", "Our Standards: The Thomson Reuters Trust Principles."
    'wire-trailer': String.raw`##:is(p,div,span,em,i,small):has-text(/^\(((Additional )?[Rr]eporting|Writing|Editing|Compiled|Research|Graphics) by [${CAPITAL}].{1,300}\)$|^((Additional )?Reporting|Editing) by [${CAPITAL}][^.]{1,200}; ([Ee]diting|[Aa]dditional reporting|[Ww]riting) by .{1,200}$|^(Our Standards|Unsere Standards):? .{0,80}(Trust Principles|Grundsätze).{0,20}$/)`,
    citation: String.raw`##:is(p,div,section):has-text(/^(SUGGESTED CITATION|Zitiervorschlag|Zitierweise|Cite (this|as)|How to cite)\b.{0,400}$/i)`,
  },
};
