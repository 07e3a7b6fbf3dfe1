/**
 * Date lines, bylines, reading times and author boxes. Like the disclaimers they leave the body but not
 * the reader: the attribution extractor reads the removed texts.
 */
import { LETTER, CAPITAL } from './letters';

export default {
  family: 'bylines',
  label: 'Dates, bylines and author boxes',
  rules: {
    // A line that is only a date (and time), with an optional label: "Aktualisiert: 11.04.2020, 10:27",
    // "opublikowano: 2021-04-29 17:13:04+02:00"; or a date label whose date the page left out ("Release Date:").
    // Inline elements count only when they are not inside a paragraph or list item: a date in running
    // text or in a reference list ("Retrieved 2014-04-05") is part of it.
    'date-line': String.raw`##:is(p,div,li), :is(span,time,small,strong,em):not(p *):not(li *):has-text(/^((Published|Updated|Posted|Last (updated|modified)|Veröffentlicht|Aktualisiert|Publiziert|Erstellt|Erschienen|Stand|Zuletzt (aktualisiert|geändert)|Datum|Date|Publié|Mis à jour|Publicado|Actualizado|Atualizado|Opublikowano|Publikacja|Aktualizacja|Release Date|News date|Pubblicato)( on| am| le| el| em| at| in)? ?:? ?)?((Mon|Tue|Wed|Thu|Fri|Sat|Sun|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[a-z]{0,40}\.?,? )?(\d{1,2}\. ?\d{1,2}\. ?\d{2,4}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}\.? [${LETTER}]{3,10}\.? \d{4}|[${LETTER}]{3,10}\.? \d{1,2},? \d{4}|\d{1,2} de [${LETTER}]{3,10} de \d{4})(,? ?(um |à |at |a las |-|\||–)? ?\d{1,2}[:.]\d{2}( ?Uhr| ?h| ?[AaPp]\.? ?[Mm]\.?)?( [A-Z]{2,4})?)?\.?$|^(Published|Updated|Posted|Last updated|Veröffentlicht|Aktualisiert|Zuletzt aktualisiert|Publié|Mis à jour|Publicado|Actualizado|Atualizado|Opublikowano|Aktualizacja|Release Date|Pubblicato)( on| am| le| el| em)? ?:?$/i)`,
    'reading-time': String.raw`##:is(p,div,span,small,li):has-text(/^(Lesezeit:? ?)?(ca\. )?\d{1,3} ?(Min\.?|Minuten|min\.?|minutes?|mins?)( (read|Lesezeit|lesen|de lecture|de lectura|czytania))?$|^(Reading time|Lesedauer|Lesezeit|Temps de lecture|Tiempo de lectura):? ?(ca\. )?\d{1,3} ?(Min\.?|Minuten|min\.?|minutes?|mins?)$/i)`,
    'posted-by': String.raw`##:is(p,div,span,li,small):has-text(/^((Veröffentlicht|Verfasst|Geschrieben|Erstellt|Posted|Written|Published|Publié|Publicado|Escrito|Opublikowane) (von|by|par|por|przez):? .{2,80}|(Zeige|Alle) (alle )?Beiträge von .{2,60}|View all posts by .{2,60}|Voir tous les articles de .{2,60}|Ver todas las entradas de .{2,60}|(Autor|Autorin|Autoren|Author|Authors|Auteur|Autora|Text|Von|VON|Par|Por)\s?: ?[${CAPITAL}][${LETTER}.'-]{1,40}( [${CAPITAL}][${LETTER}.'-]{1,40}){0,4}( (und|and|et|y|,) [${CAPITAL}][${LETTER}.'-]{1,40}( [${CAPITAL}][${LETTER}.'-]{1,40}){0,3})?)$/)`,
    'author-box':
      '##.author-box, .about-author, .author-bio, .author-info, .post-author-box, .entry-author, [class*="author-box" i], [class*="authorbox" i], [class*="author-bio" i], [class*="about-the-author" i], [class*="author-card" i], [class*="autorenbox" i], .saboxplugin-wrap, .abh_box, .molongui-author-box',
    'author-box-text': String.raw`##:is(div,section,aside,footer):has-text(/^(About the author|About [${CAPITAL}][${LETTER}-]{1,40} [${CAPITAL}][${LETTER}-]{1,40}|Über (den|die) Autor(in|en)?|Über [${CAPITAL}][${LETTER}-]{1,40} [${CAPITAL}][${LETTER}-]{1,40}|Zur Person|À propos de l'auteur|Sobre el autor|Sobre la autora|O autorze)\b.{0,800}$/)`,
  },
};
