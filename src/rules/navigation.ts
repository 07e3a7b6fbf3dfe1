/** Skip links, "Latest / Recommended" tabs, breadcrumbs, back links, tables of contents, tag lists. */
export default {
  family: 'navigation',
  label: 'Navigation and page furniture',
  rules: {
    'skip-link': String.raw`##a[href^="#"]:has-text(/^(Skip to (main )?(content|navigation|main)|Zum Inhalt springen|Direkt zum Inhalt|Aller au contenu( principal)?|Saltar al contenido( principal)?|Przejdź do (treści|zawartości))$/i)`,
    tabs: String.raw`##:is(li,a,span,div,p,button):has-text(/^(Latest|Recommended|Trending|Popular|Most Popular)$/)`,
    'post-meta': String.raw`##:is(p,div,span):has-text(/^in [\w-]{1,40} • \d{1,9} (second|minute|hour|day|week|month|year)s? ago$/)`,
    // A line of labelled post metadata and nothing else: "News date : 04/21/2022 Category : Press Releases".
    'meta-line': String.raw`##:is(p,div,li,span):has-text(/^((News date|Date|Datum|Published|Posted|Category|Categories|Kategorie|Kategorien|Rubrik|Catégorie|Categoría|Tags|Schlagwörter|Filed under|Posted in) ?: ?[^:]{1,60}?){2,4}$/i)`,
    // "Permalink: https://…" — the page's own address, printed for readers who copy it.
    permalink: String.raw`##:is(p,div,li,span):has-text(/^(Permalink|Permalien|Kurzlink|Kurz-URL|Short ?link|Enlace permanente|Link permanente) ?:? ?https?:\/\/\S{1,300}$/i)`,
    'image-file-name': String.raw`##:is(p,div,span):has-text(/^[\w()\[\]%.,-]{1,80}\.(jpe?g|png|gif|webp)$/i)`,
    breadcrumbs:
      '##[class*="breadcrumb" i]:not(body):not(article):not(main), [id*="breadcrumb" i]:not(body):not(article):not(main), nav[aria-label*="breadcrumb" i], [itemtype*="BreadcrumbList"]',
    'back-link': String.raw`##:is(a,p,div,li,span):has-text(/^(<|«|‹|←)? ?((zurück|Zurück|ZURÜCK)( zur (Übersicht|Listenansicht|Startseite|Liste|Newsübersicht)| zu den News| zum Seitenanfang)?|(Back|Go back|Return)( to (top|the top|overview|list|all news|news))?|Nach oben|nach oben|Seitenanfang|Zum Seitenanfang|(Retour|retour)( à la liste| en haut)?|(Volver|volver)( arriba)?|(Powrót|powrót)( do listy)?)$/)`,
    'post-links':
      '##.post-navigation, .nav-links, .navigation.post-navigation, .post-nav, .postnav, .nav-previous, .nav-next, [class*="prev-next" i], [class*="next-prev" i], .pagination, .pager, [class~="page-numbers"]',
    'post-links-label': String.raw`##:is(h2,h3,h4,div,p,span,nav):has-text(/^(Post navigation|Beitrags-Navigation|Beitragsnavigation|Navigation des articles|Navegación de entradas|Nawigacja wpisu)$/i)`,
    toc: String.raw`##.toc, #toc, .table-of-contents, [class*="table-of-contents" i], .ez-toc-container, #ez-toc-container, .lwptoc, [class*="inhaltsverzeichnis" i], [id*="inhaltsverzeichnis" i]`,
    'toc-text': String.raw`##:is(div,nav,section,aside,ul,ol):has-text(/^((Inhaltsverzeichnis|Table of contents|Sommaire|Índice|Spis treści)( (anzeigen|verbergen|ausblenden|show|hide|\[(show|hide|anzeigen|verbergen)\]))?|(Contents|Inhalt) (\[(show|hide|anzeigen|verbergen)\]|(anzeigen|verbergen|ausblenden)))( .{0,1500})?$/i)`,
    tags: '##.tags, .post-tags, .tag-list, .tags-list, .entry-tags, .article-tags, .tagcloud, .tag-cloud, [class*="post-tags" i], [class*="article-tags" i], [class*="tags-links" i], [class*="tag-links" i], .cat-links, .entry-categories',
    'tags-text': String.raw`##:is(p,div,span,ul,li,section,footer):has-text(/^(Tags|TAGS|Schlagwörter|Schlagworte|Stichwörter|Stichworte|Tagged( with)?|Getaggt mit|Mots-clés|Mots clés|Étiquettes|Etiquetas|Tagi|Temas|Kategorien|Categories|Catégories|Categorías|Filed under|Posted in|Veröffentlicht in|Abgelegt unter|Rubriken|Themen|Mehr zu den Themen) ?:.{0,400}$|^(Kategorie|Category|Catégorie|Categoría|Rubrik) ?: ?.{1,60}$/)`,
  },
};
