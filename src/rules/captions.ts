/**
 * Figure captions and photo credits. Plain text has no pictures to caption, and a credit line is never
 * article text; readers who want captions can switch this family off.
 */
export default {
  family: 'captions',
  label: 'Image captions and photo credits',
  rules: {
    'figcaption':
      '##figcaption, .wp-caption-text, .wp-element-caption, .caption, .image-caption, .img-caption, .photo-caption, .media-caption, [class*="figcaption" i], [class*="image-credit" i], [class*="photo-credit" i], [class*="img-credit" i], [class*="bildunterschrift" i], [class*="copyright" i]:not(body):not(article):not(main):not(footer)',
    // "Foto: dpa", "Bild: Gregory Batardon/Theater St. Gallen", "(crédito: …)", "Photograph: … /Getty Images".
    'credit': String.raw`##:is(p,span,div,small,em,i,cite,figcaption,li):has-text(/^\(?(Foto|Fotos|Bild|Bilder|Bildquelle|Bildnachweis|Titelbild|Beitragsbild|Titelfoto|Aufmacherbild|Abbildung|Grafik|Illustration|Photo|Photos|Photograph|Image|Images|Picture|Credit|Credits|Photo credit|Image credit|Crédit|Crédits|Crédits photos?|Crédito|Créditos|Foto de|Fot\.|Zdjęcie|Zdjęcia)\)? ?(:|\||©|-|–) ?.{1,150}$|^(©|\(©\)|\(c\)) ?[\p{L}].{1,120}$/iu)`,
    'image-count': String.raw`##:is(p,span,div,small):has-text(/^(Bild|Foto|Image|Photo|Slide)( \d+)? (von|of|sur|de|z) \d+$/i)`,
    'gallery-label': String.raw`##:is(p,span,div,a,h3,h4,button):has-text(/^(Bildergalerie|Fotogalerie|Galerie|Photo gallery|Gallery|Zur Galerie|Alle Bilder|Bilder ansehen|Vergrößern|Bild vergrößern|Enlarge|Enlarge this image|Hochauflösendes Bild.{0,40}|Ver galería|Voir la galerie|Zobacz galerię)$/i)`,
  },
};
