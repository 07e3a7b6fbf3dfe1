/** Comment sections, comment widgets and their headings and prompts, also when they arrive late. */
export default {
  family: 'comments',
  label: 'Comments',
  rules: {
    disqus: '###disqus_thread, [id^="dsq-"], .disqus, [class*="disqus" i]',
    facebook: '##.fb-comments, .fb_iframe_widget, [data-href][class*="fb-comment"]',
    wordpress:
      '##ol.commentlist, ol.comment-list, #comments, #respond, .comments-area, .comment-respond, #commentform, .comment-form, #disqus_recommendations',
    generic:
      '##[id="comments"], [id="comment-section"], [id="kommentare"], [class~="comments"], [class~="comment-section"], [class~="comments-section"], [class~="article-comments"], [class~="kommentare"], section[class*="comments"], [class*="comments-container" i], [class*="comment-form" i], [class*="commentform" i]',
    heading: String.raw`##:is(h2,h3,h4,h5,p,div,span,a,strong,button):has-text(/^(Comments?|\d{1,9} (Comments?|Responses?|Replies|Antworten|Kommentare?|Commentaires?|Comentarios?|Komentarz[ey]?)|Leave a (Reply|Comment)|Comments are closed\.?|Post a Comment|Add (a )?comment|Show comments|View comments|No comments( yet)?\.?|Be the first to comment\.?|Kommentare?|Kommentar (schreiben|verfassen|abgeben|hinzufügen)|Schreibe(n Sie)? einen Kommentar|Hinterlasse(n Sie)? einen Kommentar|Keine Kommentare( vorhanden)?\.?|Kommentare (anzeigen|lesen|einblenden)|Kommentieren|Commentaires?|Laisser un commentaire|Ajouter un commentaire|Comentarios?|Deja (un|tu) comentario|Tus comentarios|Komentarze|Dodaj komentarz|Commenti|Kommentit)( ?[:(]\d{0,9}\)?)?$/i)`,
    // "You must be logged in to comment", "Um … kommentieren zu können, müssen Sie eingeloggt sein".
    'login-prompt': String.raw`##:is(p,div,span,li):has-text(/^.{0,120}\b(must|müssen|musst|muss|debes|devez)\b.{0,40}\b(logged in|log in|eingeloggt|einloggen|angemeldet|anmelden|registriert|registrieren|iniciar sesión|connecté)\b.{0,40}(comment|kommentieren|Kommentar|Diskussion|diskutieren|comentar|commenter).{0,80}$|^(Log in|Sign in|Login|Register|Anmelden|Einloggen|Registrieren|Inicia sesión|Connectez-vous) (to|um|para|pour) .{0,40}(comment|kommentieren|comentar|commenter).{0,80}$|^.{0,80}(kommentieren zu können|um Kommentare zu schreiben).{0,120}$/i)`,
    'form-notes': String.raw`##:is(p,div,span,small):has-text(/^(Diese Website verwendet Akismet|This site uses Akismet|Deine E-Mail-Adresse wird nicht veröffentlicht|Your email address will not be published|Ihre E-Mail-Adresse wird nicht veröffentlicht|\(?Kommentare erscheinen erst nach).{0,300}$/i)`,
    'rate-prompt': String.raw`##:is(p,div,span,h3,h4):has-text(/^(Valora esta noticia|Rate this (article|story|post)|Bewerten Sie (diesen|den) (Artikel|Beitrag)|Wie (hat|gefällt) (Ihnen|dir) (dieser|der) (Artikel|Beitrag)\??|War dieser (Artikel|Beitrag) hilfreich\??|Was this (article|page) helpful\??|Sterne anklicken zum Bewerten|Oceń (artykuł|tekst))$/i)`,
  },
};
