/** Share, like, follow and print blocks: Jetpack's sharedaddy, "Share this:", "Like this:", social bars. */
import { LETTER, CAPITAL } from './letters';

export default {
  family: 'share',
  label: 'Share, print and follow buttons',
  rules: {
    jetpack: '##.sharedaddy, .sd-sharing-enabled, .jp-relatedposts, #jp-post-flair, .sd-like, .wpl-likebox',
    'social-bar':
      '##.share-buttons, .social-share, .sharing, .share-bar, .social-buttons, .addthis_toolbox, .a2a_kit, .addtoany_share_save_container, .shariff, .ssba, .heateor_sss_sharing_container, .social-icons, .socials, .follow-us, [class*="share-tools"], [class*="social-share"], [class*="share-links" i], [class*="sharing-" i], [class~="share"], [class*="sharebar" i], [class*="socialbar" i], [class*="print-link" i]',
    label: String.raw`##:is(h2,h3,h4,h5,p,div,span,strong,li,a,button):has-text(/^(Share this( article| story| post| page)?|Like this|Share|Share on (Facebook|Twitter|X|LinkedIn|WhatsApp)|Share via|Spread the word|Teilen|Teile (diesen|den) (Beitrag|Artikel)|(Diesen )?(Artikel|Beitrag|Seite) teilen|Teilen Sie (dies|diesen (Beitrag|Artikel))( mit)?|Jetzt teilen|Partager( cet article| sur (Facebook|Twitter))?|Compartir( en (Facebook|Twitter))?|Compártelo|Udostępnij|Condividi|Jaa)( ?:)?$/i)`,
    'like-loading': String.raw`##:is(p,div,span):has-text(/^(Like Loading\.{0,3}…?|Gefällt mir Wird geladen …|Like this: Like Loading\.{0,3}…?)$/i)`,
    // Print, mail and permalink links standing alone.
    print: String.raw`##:is(a,li,p,div,span,button):has-text(/^(Drucken|Artikel drucken|Seite drucken|Rezept drucken|Beitrag drucken|Druckversion|Print|Print this (page|article)|Imprimer( cette page| l'article)?|Imprimir|Drukuj|drukuj|E-Mail|E-mail|Email|Per E-Mail (senden|versenden|teilen)|Artikel (versenden|verschicken)|Send by email|Permalink|Permalien|Link kopieren|Copy link|Bei Pinterest speichern|Merken|Pinnen|Pin it)$/)`,
    follow: String.raw`##:is(p,div,span,li,h3,h4,strong):has-text(/^(Folgen Sie uns|Folge uns|Follow us|Follow [${CAPITAL}][${LETTER}.]{0,40}( [${CAPITAL}][${LETTER}.]{0,40}){0,3}|Suivez-nous|Síguenos|Siga-nos|Nos siga|Obserwuj nas)( auf| on| sur| en| no| w)? ?(Facebook|Twitter|X|Instagram|LinkedIn|YouTube|TikTok|Telegram|WhatsApp|Google News|Threads|Mastodon)\b.{0,200}$|^(Folgen Sie uns|Folge uns|Follow us|Suivez-nous|Síguenos|Siga-nos|Nos siga|Obserwuj nas)( auf| on| sur| en| no| w)? ?:?$/i)`,
  },
};
