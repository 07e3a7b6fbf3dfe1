/**
 * Photo credits and gallery furniture. Captions themselves stay (they describe the pictures, and
 * Readability keeps them); the credit line inside or beside them is never article text.
 */
import { LETTER } from './letters';

export default {
  family: 'credits',
  label: 'Photo credits and gallery labels',
  rules: {
    // Inside a figure, the credit element, not a caption that a CMS named "…__credit" (it holds the caption).
    'credit-class':
      '##figure :not(figcaption)[class*="credit" i], figcaption [class*="credit" i], figure :not(figcaption)[class*="copyright" i], figcaption [class*="copyright" i], figure :not(figcaption)[class*="source" i], figcaption [class*="source" i], [class*="image-credit" i], [class*="photo-credit" i], [class*="img-credit" i], [class*="imagecredit" i], [class*="photocredit" i], [class*="bildnachweis" i], [class*="bildquelle" i], [class*="copyright" i]:is(span,small,em,i,cite,p)',
    // "Foto: dpa", "Bild: Gregory Batardon/Theater St. Gallen", "(crédito: …)", "Photograph: … /Getty Images".
    credit: String.raw`##:is(p,span,div,small,em,i,cite,figcaption,li):has-text(/^\(?(Foto|Fotos|Bild|Bilder|Bildquelle|Bildnachweis|Titelbild|Beitragsbild|Titelfoto|Aufmacherbild|Photo|Photos|Photograph|Image|Images|Picture|Credit|Credits|Photo credit|Image credit|Crédit|Crédits|Crédits photos?|Crédito|Créditos|Foto de|Fot\.|Zdjęcie|Zdjęcia)\)? ?(:|\||©|-|–) ?.{1,150}$|^(©|\(©\)|\(c\)) ?[${LETTER}].{1,120}$/i)`,
    // A line that is only a credit naming a photo agency or stock library: "TebNad/Shutterstock.com",
    // "AFP / MARCO BERTORELLO", "Augusta National/Getty Images".
    // A line that is only a credit naming a photo agency or stock library: "TebNad/Shutterstock.com",
    // "AFP / MARCO BERTORELLO", "Mark Stout/iStock/Getty Images". Names are a few words: a caption that
    // ends in a credit ("The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters") stays.
    'agency-credit': String.raw`##:is(p,span,div,small,em,i,cite,figcaption,li):has-text(/^([${LETTER}\d.,'&-]{1,30}( [${LETTER}\d.,'&-]{1,30}){0,3} ?\/ ?){1,2}(AFP|AP|dpa|Reuters|EPA|ANP|Getty Images|Shutterstock(\.com)?|iStock(photo)?|imago( images)?|picture alliance|Keystone|Unsplash|Pixabay|Adobe ?Stock|Alamy|Xinhua|PAP)( ?\/ ?[${LETTER}\d.,'&-]{1,30}( [${LETTER}\d.,'&-]{1,30}){0,3})?$|^(AFP|AP|dpa|Reuters|EPA|ANP|Getty Images|Shutterstock(\.com)?|iStock(photo)?|imago( images)?|picture alliance|Keystone|Unsplash|Pixabay|Adobe ?Stock|Alamy|Xinhua|PAP) ?\/ ?[${LETTER}\d.,'&-]{1,30}( [${LETTER}\d.,'&-]{1,30}){0,3}$/)`,
    'image-count': String.raw`##:is(p,span,div,small):has-text(/^(Bild|Foto|Image|Photo|Slide)( \d{1,9})? (von|of|sur|de|z) \d{1,9}$/i)`,
    'gallery-label': String.raw`##:is(p,span,div,a,h3,h4,button):has-text(/^(Bildergalerie|Fotogalerie|Galerie|Photo gallery|Gallery|Zur Galerie|Alle Bilder|Bilder ansehen|Vergrößern|Bild vergrößern|Enlarge|Enlarge this image|Hochauflösendes Bild.{0,40}|Ver galería|Voir la galerie|Zobacz galerię)$/i)`,
  },
};
