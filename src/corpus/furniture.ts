/**
 * Site furniture: the lines a CMS prints around an article (comment forms, share buttons, widget
 * headings, author boxes, notices), in Spanish and English. Every pattern describes a whole short
 * line (anchored at its start, and only lines of a few words are tested), so a body paragraph that
 * merely mentions a comment or a newsletter is never taken for furniture.
 */
import { isOrganization, readDateLine, wordCount } from './lines.js';

export type Furniture =
  /** A comment section or form: the article is over, whatever prose follows is readers' comments. */
  | 'comments'
  /** A widget heading (related posts, latest news, most read): the titles listed under it go too. */
  | 'list'
  /** A notice forbidding the story's copying: the story is over, its end matter and the site's footer follow. */
  | 'rights'
  /** A photo caption with its credit. */
  | 'caption'
  /** Any other line of furniture. */
  | 'line';

const MAX_FURNITURE_WORDS = 20;

const COMMENTS = [
  /^(deja|dejar|escribe|escribir|añade|añadir|agrega|agregar|publica|publicar|env[ií]a|enviar|haz|hacer)( (una|un|tu|su|el))? (respuesta|comentario|opini[oó]n)( aqu[ií]| abajo)?\s*[:.!*]?$/iu,
  /^(leave|post|add|write|submit|share)( (a|your))? (comment|reply|response|thoughts)( here| below)?\s*[:.!*]?$/iu,
  /^(\d+ )?(comentarios?|comments?|respuestas?|replies|responses|opiniones)( \(\d+\))?\s*:?$/iu,
  /^(join|start) the (discussion|conversation)\b/iu,
  /^(tu|su) (direcci[oó]n de )?(correo|e-?mail)( electr[oó]nico)? no (ser[aá]|se) (publicad|mostrad|compartid)/iu,
  /^your email( address)? will not be (published|shared|displayed)/iu,
  /^(los )?campos? (obligatorios?|requeridos?|marcados)\b/iu,
  /^required fields are marked\b/iu,
  /^(guardar|save) (mi|my) (nombre|name)\b/iu,
  /^(cancelar respuesta|cancel reply)$/iu,
  /^(debes|tienes que|you must|you need to) (iniciar sesi[oó]n|estar registrad|be logged in|log in|sign in)/iu,
  /^(inicia sesi[oó]n|log in|sign in|reg[ií]strate) (para|to) (comentar|comment)/iu,
];

/**
 * A notice about the readers' comments, however long: their moderation opening the line ("Comments are filtered for
 * language and registration is required…", "Los comentarios son moderados…", "Les commentaires sont modérés"), or a
 * call to answer in them, after a question or not ("Have something to say? Let us know in the comments section…",
 * "¿Qué opinas? Déjanos tu opinión en los comentarios"), or a comment widget's credit ("blog comments powered by").
 * Present tense and a participle right after the noun: a story's "the comments were reviewed by…" is no notice.
 */
const COMMENT_NOTICE =
  /^(?:[^.!?]{0,40}\?\s+)?(?:(?:comments|los comentarios|les commentaires|os coment[aá]rios|die kommentare) (?:are|son|est[aá]n|sont|s[aã]o|werden) (?:filtered|moderated|reviewed|screened|pre-?moderated|moderad[oa]s|revisad[oa]s|filtrad[oa]s|mod[ée]r[ée]s|moderiert|gepr[üu]ft)\b|(?:let us know|tell us|share your (?:thoughts|views|opinion)|d[ée]janos|cu[ée]ntanos|dinos|contanos|d[ée]jenos|cu[ée]ntenos|d[íi]ganos)\b[^.!?]{0,40}\b(?:in the comments|in a comment|en los comentarios|en un comentario|dans les commentaires|nos coment[aá]rios)\b)|^(?:blog )?comments powered by\b/iu;
const MAX_NOTICE_WORDS = 80;
/**
 * A disclaimer of what the page prints as its author's alone (an opinion column's or a blog's, boston.com's blogs on
 * article 1.1.2's dev pages): the opinions or views "expressed in this column", "vertidos en este espacio", then their
 * author's responsibility or not the site's view ("…son responsabilidad exclusiva de su autora", "…are those of the
 * writer and do not necessarily reflect…"); "this column is not written or edited by…"; "the author is solely responsible
 * for the content". The opening names this text, not what someone said: a story's "las opiniones expresadas por los vecinos
 * no reflejan…" is none.
 */
const DISCLAIMER = new RegExp(
  [
    String.raw`^(?:(?:las|los|the|all)\s+)?(?:opiniones|conceptos|ideas|juicios|puntos de vista|contenidos?|views?|opinions?|content)\b[^.!?]{0,40}?\b(?:expresad[oa]s|vertid[oa]s|emitid[oa]s|publicad[oa]s|manifestad[oa]s|expressed|contained|published)\s+(?:en|in|on)\s+(?:este|esta|el presente|la presente|this|these)\s+(?:art[ií]culo|columna|espacio|texto|blog|secci[oó]n|publicaci[oó]n|nota|article|column|blog|post|piece|page|site|pages)\b[^.!?]{0,40}?\b(?:responsabilidad|(?:are|is) (?:solely |entirely )?(?:those|the views?|the opinions?) of|(?:no|do not|does not|don't) (?:necesariamente |necessarily )?(?:reflejan?|representan?|comprometen?|reflect|represent))`,
    String.raw`^(?:this|este|esta)\s+(?:blog|column|columna|post|espacio|content|contenido)\s+(?:is not|isn't|no es|no está|no esta)\s+(?:written|edited|produced|reviewed|redactad[oa]|editad[oa]|elaborad[oa])\b`,
    String.raw`^(?:the|el|la)\s+(?:author|writer|blogger|autor|autora)\s+(?:is|es)\s+(?:solely|entirely|the sole|el único|la única)\s+(?:responsible|responsable)\s+(?:for|of|de)\s+(?:the|its|this|su|el|este)\s+(?:content|contents|contenido|art[ií]culo|article|post)\b`,
  ].join('|'),
  'iu',
);

/**
 * A notice forbidding the story's copying ("Prohibida su reproducción total o parcial", "This material may not be
 * published, broadcast, rewritten or redistributed"), maybe after a copyright line: the story ends there. A bare "©"
 * or "All rights reserved" is not one (a photo's credit names its owner: "© AFP").
 */
const RIGHTS =
  /^(?:(?:©|\(c\)|copyright)(?![\p{L}]).{0,100}?(?:all rights reserved|todos los derechos reservados)\.?\s*)?(?:this (?:article|story|material|content) (?:may|must) not be (?:reproduced|republished|copied|published|broadcast|rewritten|redistributed)|not to be (?:reproduced|republished|copied)|(?:queda )?prohibida (?:su|la) (?:reproducci[óo]n|copia)|reproduction interdite|nachdruck (?:nur|verboten)|[ée] proibida a reprodu[çc][ãa]o|riproduzione riservata)/iu;

/**
 * A prompt naming another story as one the reader may like, in tú, vos, usted and ustedes forms ("Te puede interesar",
 * "Podría interesarle", "Les recomendamos", "Quizás te interese", "Recomendado"): alone, a widget's heading; before a colon, a headline's.
 */
const MAY_INTEREST =
  '(tambi[eé]n )?(te|le|les) (puede|pueden|podr[ií]a|podr[ií]an) interesar|(puede|pueden|podr[ií]a|podr[ií]an)s? interesar(te|le|les)?|quiz[aá]s? (te|le|les) interese|(te|le|les) (recomendamos|sugerimos)|recomendad[oa]s?';

const LISTS = [
  // A reference list's heading at a post's end: the titles of the works it links follow ("References", "Further reading").
  /^(references|further reading|external links|bibliography|referencias|bibliograf[ií]a|lecturas? recomendadas?|enlaces externos|para saber m[aá]s|v[eé]ase tambi[eé]n)\s*:?$/iu,
  /^(noticias|art[ií]culos|entradas|publicaciones|notas|posts?|news|articles|stories|v[ií]deos?|temas|enlaces|contenidos?)( m[aá]s)? (relacionad[oa]s|recientes|populares|destacad[oa]s|le[ií]d[oa]s|vist[oa]s|comentad[oa]s|recomendad[oa]s|anteriores|similares)\s*:?$/iu,
  /^(related|recent|latest|popular|trending|featured|recommended|top|more|most|similar|previous) (posts?|news|stories|articles|authors|videos|topics|links|content|commented|read|viewed|popular|shared|from\b.*)\s*:?$/iu,
  // A recommendation widget's heading alone ("Recommended", "Recommended for you", "Para ti").
  /^(recommended( for you)?|for you|para ti|f[üu]r sie|pour vous|per te)\s*:?$/iu,
  /^(lo )?m[aá]s (le[ií]d[oa]s?|vist[oa]s?|comentad[oa]s?|popular(es)?|reciente(s)?|compartid[oa]s?)( (hoy|de la semana|del d[ií]a))?\s*:?$/iu,
  new RegExp(`^(${MAY_INTEREST}|related coverage|more on this( story| topic)?|m[aá]s sobre (este tema|esto)|mehr zu diesem thema|plus sur (ce sujet|le m[eê]me sujet)|mais sobre (o|este) (assunto|tema)|veja tamb[eé]m|leia tamb[eé]m|saiba mais|lesen sie auch|mehr zum thema|[àa] lire aussi|lire aussi|leggi anche|recomendad[oa]s para ti|you (may|might) (also )?(like|be interested in)|you may have missed|don'?t miss|no te pierdas|sigue leyendo|m[aá]s noticias|more news|more stories|[uú]ltimas noticias|[uú]ltima hora|breaking news|otras noticias|en portada|tendencias|trending now|read next|up next)\\s*:?$`, 'iu'),
  /^(posts|news|photos?|videos?|images?) (carousel|gallery|slider)$/iu,
  // A tag or topic list's label alone on its line: the tags follow, one per line.
  /^(etiquetas|tags|temas|t[oó]picos|topics|themen|tem[aá]ticas|palabras clave|keywords|archivado en|filed under|categor[ií]as|categories|assuntos|sujets|argomenti)\s*:?$/iu,
  /^(carrusel|galer[ií]a)( de (fotos|noticias|im[aá]genes|v[ií]deos))?$/iu,
  // A gallery's heading: a few words, then "in pictures" ("UK news in pictures", "La semana en imágenes"); its captions follow.
  /^([^\s.!?:;]+\s){1,5}(in|en|em) (pictures|photos|images|im[aá]genes|fotos|imagens|bildern)$/iu,
];

/** A story's reading time ("6 min read", "Lectura: 3 min", "3 minutos de lectura"). */
const READING_TIME = /^(tiempo de lectura|tiempo estimado de lectura|reading time|lectura)\s*:?\s*\d+|^\d+\s*(min|mins|minutos|minutes)\.?( de lectura| read| lectura)?$/iu;

/**
 * A taxonomy's label and its values ("Temas: Elecciones, Congreso", "Sección: Ciudad"). A line that also prints the story's
 * date ("Sección: Ciudad | Miércoles 25 de noviembre de 2026") is the header's, and stays for its date.
 */
const TAXONOMY = /^(etiquetas|tags|temas|t[oó]picos|topics|themen|sujets|assuntos|argomenti|categor[ií]as?|categories|archivado en|filed under|secci[oó]n|section|palabras clave|keywords)\s*:/iu;
const DATED_PART = /[|·•]\s*[^|·•]*\d{4}/u;

/** Prompts to another story, its headline on the same line (see LINES, isHeadlineRail). */
const RELATED_PROMPTS = [
  // A "read also" prompt with no colon: the verb first ("Lea también otro titular"), or after "también" in a form that is
  // only an imperative (usted, vos: "También lea …"; "También lee …" is also a story's third person).
  /^(lee|le[eé]|lea|leer|mira|mir[aá]|mire|vea|veja|leia) (tambi[eé]n|tamb[eé]m)\b|^tambi[eé]n (lea|leé|mire|mirá|vea|escuche|escuchá)(?![\p{L}])|^(read|see) also\b|^(relacionad[oa]s?|related)\s*:/iu,
  // A "may interest you" prompt with the related headline on the same line ("Le puede interesar: Otro titular").
  new RegExp(`^(${MAY_INTEREST}|you (may|might) (also )?(like|be interested in)|related (coverage|stories|articles)|lesen sie auch|mehr zum thema|[àa] lire aussi|lire aussi|leggi anche)\\s*:\\s*\\S`, 'iu'),
];
/** Headlines run together after a prompt make a line of up to this many words (three or four headlines). */
const MAX_RAIL_WORDS = 60;
/** A full stop closing a sentence: headlines have none (abbreviations inside a word, "EE.UU", are no sentence's end). */
const FULL_STOP = /\.(?=["”’»)]*(?:\s|$))/u;

/**
 * Whether a line is a prompt to other stories with their headlines run together after it, past a prompt line's length
 * ("Related: Fishermen fear dredging… Council approves new ferry terminal…", "Lee también: … …"): a prompt (RELATED_PROMPTS,
 * isReadPrompt), then no full stop (FULL_STOP). A story's sentence after such words ends with one.
 */
function isHeadlineRail(line: string, words: number): boolean {
  return words <= MAX_RAIL_WORDS && !FULL_STOP.test(line) && (RELATED_PROMPTS.some((pattern) => pattern.test(line)) || isReadPrompt(line));
}

const LINES = [
  // Author boxes and roles.
  /^(administrator|administrador|administradora|admin|author|autor|autora|editor|editora|redactor|redactora|profile|perfil|contributor|colaborador|colaboradora|staff|staff writer|columnista|columnist)$/iu,
  /^(ver|view) (perfil|profile|todas las entradas|all posts)|^((ver|view|see|leer|read) )?(more posts by|m[aá]s (art[ií]culos|entradas|noticias) (de|sobre)|more (stories|news|articles) (from|by|about|on)|see all posts|view all posts)\b/iu,
  // A counter of the readers' posts under a label ("Article opinions: · 1 posts", "Opiniones: 4 comentarios"): the count and its noun end the line.
  /^\p{L}+(\s+\p{L}+){0,3}\s*:\s*([·•|]\s*)?\d+\s+(posts?|comments?|comentarios?|opiniones|opinions?|replies|respuestas?|coment[aá]rios?|kommentare?|commentaires?|commenti)$/iu,
  // Navigation and page controls.
  // A media player's or an image's control alone on its line ("[+] Enlarge", "Play Video", "Show full PR text", "Ampliar imagen").
  /^(\[[+-]\]\s*)?(enlarge|ampliar|expand|expandir|zoom|play|reproducir|watch|show|mostrar|listen|escuchar|escuch[aá])((\s+(this|the|full|el|la|completo|completa))*\s+(video|v[ií]deo|image|imagen|photo|foto|picture|gallery|galer[ií]a|audio|(pr |press release )?text|texto))?\s*$/iu,
  // A link to a video, gallery or podcast, labelled by its medium before its headline ("Video: Obama to arm rebels",
  // "Fotos: la crecida del río"): a headline, closing with no full stop as a caption's sentence would.
  /^(video|v[ií]deo|watch|photos?|fotos?|gallery|galer[ií]a|audio|podcast|slideshow|infographic|infograf[ií]a)\s*:\s*\S.*[^.]$/iu,
  // A pointer to a link closing on the click that opens it ("To read the full report, click here.", "Para ver el fallo, haga clic aquí.").
  /[,;:]\s*(please\s+)?(click|tap|haz clic|haz click|hac[eé] clic|haga clic|pulsa|puls[aá]|pulse|pincha|clique|cliquez) (here|aqu[ií]|ac[aá]|ici)\s*[.!]?$/iu,
  // A gallery's or carousel's controls: "Show all 50", "Ver las 20 fotos", "View gallery", "3 of 12".
  /^(show|see|view|open|ver|mostrar|mira|mir[aá]|abrir|voir|afficher|alle|zeige)( (the|full|las|los|la|les))?( (all|todas|todos|toutes|tous|alle)| (all|todas|todos|toutes|tous|alle)?\s*\d+| (all|todas|todos|toutes|tous|alle)?\s*(photos?|pictures?|images?|slides?|fotos?|im[aá]genes|imagens|bilder|gallery|galer[ií]a|galerie))( (photos?|pictures?|images?|slides?|fotos?|im[aá]genes|imagens|bilder|completa|complete|anzeigen))*\s*[»›>]?$/iu,
  // A slide's counter, named by its medium or not ("3 of 12", "Foto 1 de 4", "Image 3 of 10").
  /^((photo|foto|image|imagen|imagem|picture|slide|diapositiva|bild)\s+)?\d{1,3}\s*(\/|of|de|von|sur|di)\s*\d{1,3}$/iu,
  // A paginated story's controls: its page numbers and the link on ("1", "1 2 3 next »", "Page 2 of 3", "Página 2 de 3",
  // "Next page"), the link to read it whole ("| single page", "Ver en una sola página"), and the links to the stories
  // before and after it ("« Previous Story … Next Story »").
  /^[|«‹<]?\s*((page|p[aá]gina|seite|pagina)\s+)?\d{1,3}(\s*(of|de|von|sur|di|\/)\s*\d{1,3}|(\s+\d{1,3})*(\s+(next|siguiente|weiter|suivante?|successiva))?)\s*[»›>]?$/iu,
  /^[«‹<]?\s*(next|previous|prev|siguiente|anterior|pr[oó]xima|n[aä]chste|suivante|pr[ée]c[ée]dente)\s+(page|p[aá]gina|seite|pagina)\s*[»›>]?$/iu,
  /^\|?\s*((view|read|show|ver|leer|mostrar)( (it|as|on|en|in))?( (a|one|una))? )?(single|one|sola|una sola) (page|p[aá]gina)\s*[»›>]?$/iu,
  /^[«‹<]\s*(previous|prev|anterior)\b[^.!?]{0,120}\b(next|siguiente)( (story|article|nota|noticia|art[ií]culo))?\s*[»›>]$/iu,
  /^(inicio|home|men[uú]|buscar|search|portada|cerrar|close|volver|back|siguiente|anterior|next|previous|ver m[aá]s|see more|read more|leer m[aá]s|sigue leyendo|continue reading|keep reading|cargar m[aá]s|load more|skip to content|saltar al contenido|ir al contenido|top|arriba|back to top|volver arriba)\s*[»›>]?$/iu,
  // A link marked by its arrow, whatever it names ("More series coverage »", "Original Article Format »", "Blog ›"): the
  // arrow stands apart after the words and no guillemet opens a quotation it could close.
  /^[^«‹]*[\p{L}\p{N}.!?)]\s+[»›]$/u,
  ...RELATED_PROMPTS,
  // Where the story goes on after an advertisement or a box ("Story continues below advertisement", "Continue reading the
  // main story", "La nota continúa debajo de la publicidad", "Continúa leyendo").
  /^((the )?(story|article|text)|(la )?(nota|noticia|art[ií]culo))? ?(continues|continued|contin[uú]a|sigue)( (below|abajo|debajo|despu[eé]s|after))( (de la |del |the )?(advertisement|advert|ad|publicidad|anuncio|video|v[ií]deo))?\.?$|^continue reading( (the|this) (main )?(story|article))?( below)?\.?$|^(contin[uú]a|sigue|segu[ií]) leyendo( (la nota|la noticia|abajo|debajo|despu[eé]s de la publicidad))?\.?$/iu,
  // A placeholder left where a widget loads ("Cargando...", "Loading…").
  /^(cargando|loading|carregando|chargement( en cours)?|wird geladen|caricamento)\s*(\.\.\.|…)?$/iu,
  // An instruction to click, then what for ("Click here to subscribe", "Haz clic aquí para recibir…"): an interface's, never a story's.
  /^(click|tap|haz clic|haz click|hac[eé] clic|haga clic|dale clic|pulsa|puls[aá]|pulse|pincha|clique|cliquez|klicken sie|klick) (here|aqu[ií]|ac[aá]|ici|hier|qui)\s*([.:!»›>]|(para|to|pour|um|per)\s|$)/iu,
  // Already a subscriber, log in ("Already a subscriber? Log in", "¿Ya eres suscriptor? Inicia sesión").
  /^(¿\s*)?(already (a )?(subscriber|member|registered)|already have an account|ya (eres|sos|es) (suscriptor|suscriptora|socio|socia|miembro|usuario)|ya (tienes|ten[eé]s|tiene) (una )?cuenta|d[ée]j[àa] abonn[ée]e?|bereits abonnent|j[áa] [ée] assinante)\s*\??\s*([^\s].{0,40})?$/iu,
  // A prompt to read on behind a subscription or a login ("Para seguir leyendo, suscríbete…", "To continue reading, log in").
  /^(para|to) (seguir|continuar|continue|keep) (leyendo|reading)\b.{0,60}\b(suscr[ií]b|subscri|inicia|ingres|reg[ií]str|log in|sign in|sign up|members?|socios?)/iu,
  // A question asking the reader to share or rate the story ("¿Te gustó esta nota? Compártela…", "Did you enjoy this article?").
  /^(¿\s*)?(te gust[oó]|le gust[oó]|les gust[oó]|did you (like|enjoy)|(have you )?(liked|enjoyed))( (esta|este|la|el|this|the|our))? (nota|noticia|art[ií]culo|contenido|informaci[oó]n|article|story|post|content)\s*\?/iu,
  // Advertising, newsletters, cookies, copyright.
  /^(publicidad|anuncio|advertisement|advertising|sponsored|patrocinado|contenido patrocinado|sponsored content|ad|ads|anzeige|publicit[eé]|pubblicit[aà])\s*:?$/iu,
  /^(suscr[ií]bete|suscribirse|subscribe|newsletter|bolet[ií]n|reg[ií]strate|sign up|s[ií]guenos|follow us|[uú]nete|join us)\b.*\b(bolet[ií]n|newsletter|canal|channel|whatsapp|telegram|redes|social|facebook|twitter|instagram|youtube|gratis|free|e-?mail|correo|inbox|bandeja)\b/iu,
  /^(suscr[ií]bete|suscribirse|subscribe|newsletter|bolet[ií]n|s[ií]guenos|follow us|seguir|follow|folgen|suivre|seguir autor|follow author)\s*[:.!+]?$/iu,
  // A prompt to follow the site, whatever it names ("Síguenos en Google News y recibe las últimas noticias", "Follow us on Bluesky").
  /^(s[ií]guenos|seguinos|s[ií]ganos|follow us|folgen sie uns|suivez-nous|siga-nos|seguici)\b/iu,
  // An audio player's label ("Escucha esta nota", "Listen to this article", "Écouter l'article", "Artikel anhören").
  /^(escucha|escuch[aá]|escuche|escuchar|listen to|listen|ouvir|ou[çc]a|[ée]couter|[ée]coutez|ascolta|ascoltare)( (esta|este|la|el|this|the|a|o|esta|l'|cet|cette|questo|l'))?\s?(nota|noticia|art[ií]culo|article|story|mat[ée]ria|not[ií]cia|articolo|audio)\s*[»›>]?$|^((diesen )?artikel )?(anh[öo]ren|vorlesen lassen)$/iu,
  // A button to report a mistake ("Reportar un error", "Report an error", "¿Encontraste un error?").
  /^(¿\s*)?(reportar|reporta|report[aá]|reporte|report|informar de|notificar|se[ñn]alar|found|spotted|encontraste|encontr[oó]|has encontrado)( (un|una|an|a))? (error|errata|correction|typo|mistake)\b[^.!]{0,25}[?.]?$/iu,
  // A paywall's notice ("Este contenido es exclusivo para suscriptores", "This article is for subscribers only").
  /^((este|esta|this|el|la) (contenido|art[ií]culo|nota|noticia|content|article|story) (es|is) )?((exclusiv[oa]|solo|s[oó]lo|[uú]nicamente|only|exclusive|available only|reserved) )?(para|for|to) (nuestros |our )?(suscriptores|subscribers|socios|members|abonados|miembros)( only)?\.?$|^(contenido|art[ií]culo|content) exclusiv[oa] (para|for) (suscriptores|subscribers|socios|members|abonados)\.?$/iu,
  /\b(usamos|utilizamos|este sitio( web)? (usa|utiliza)|we use|this (web)?site uses) cookies\b/iu,
  /^(acepto|aceptar|accept|rechazar|reject|configurar|ok|entendido|got it)( (todas|all|las|cookies))*$/iu,
  /^(©|\(c\)|copyright\b)|(todos los derechos reservados|all rights reserved)/iu,
  // Reading time, relative timestamps, photo credits, plugin messages.
  READING_TIME,
  // An author box's heading, left when its name and bio go ("Sobre el autor", "About the author", "Sobre o autor").
  /^(sobre|acerca de|about|à propos de|a proposito de)( el| la| los| las| o| a| the|l'| l’)?\s?(autor|autora|autores|autoras|periodista|author|authors|writer|reporter|auteur|autrice|autore)$/iu,
  // A time alone on its line: a live blog's stamp over each entry ("7:45 p.m.", "10:15 h"), never a sentence.
  /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|h|hs|horas|hrs)?$/iu,
  // A profile's count of followers or stories ("412 Followers", "1,2 mil seguidores", "38 artículos").
  /^\d[\d.,]*\s*(?:k|m|mil)?\s+(?:followers|following|seguidores|suscriptores|subscribers|abonn[ée]s|seguidores|stories|articles|art[ií]culos|notas)$/iu,
  /^((actualizado|publicado|updated|published|posted)( el| on)?\s*:?\s*)?(hace (\d+|un|una) (minutos?|min|horas?|hs?|d[ií]as?)|(\d+|an?|one) (minutes?|mins?|hours?|hrs?|days?) ago)$/iu,
  // A publication time given as a day relative to the reader's ("Publicado ayer a las 10:30", "Updated today at 9:15 am").
  /^(actualizado|publicado|updated|published|posted)( el| on)?\s*:?\s*(ayer|anteayer|hoy|yesterday|today)(( a las| at)? \d{1,2}[:.]\d{2}( ?[ap]\.? ?m\.?)?( h| hs| horas)?)?$/iu,
  /^(error|warning|notice|fatal error|deprecated)\s*:/iu,
];

/**
 * A prompt to live coverage of the story ("Follow the latest updates on our live blog", "Sigue en directo la última hora…",
 * "EN VIVO | Sigue aquí…", "LIVE: Follow our coverage here"): a follow verb, then a live word, or a live label before it.
 * Short: "sigue" is also a story's third person ("Sigue en vivo el debate la mitad de los vecinos, según…").
 */
const LIVE_PROMPT =
  /^(follow|sigue|segu[ií]|siga|acompa[ñn]a|acompanhe|suivez|suis|verfolgen sie|segui)(?![\p{L}])[^.!?]{0,60}\b(live|en vivo|en directo|ao vivo|en direct|in diretta|liveblog|live blog|minuto a minuto|live updates|latest updates)\b|^(en vivo|en directo|live|ao vivo|en direct|in diretta|live updates|liveblog|live blog|[uú]ltima hora|breaking)\s*[|:]\s*(follow|sigue|segu[ií]|siga|acompa[ñn]a|acompanhe|suivez|verfolgen sie|segui)(?![\p{L}])/iu;
const MAX_PROMPT_WORDS = 14;

/**
 * A prompt to follow the site or a section on a social network ("Puedes seguir a EL PAÍS Economía en Facebook y X…", "Sigue
 * toda la información en Instagram", "Seguí a Deportes en TikTok", "Siga a nuestra redacción en X", "You can also follow us on
 * Threads", "Follow Jane Doe on Bluesky", "Like us on Facebook"): opening the line, a follow verb in tú, vos or usted form or English, or "can"
 * and its infinitive, then a network after "en"/"on" in the same clause. A story's sentence names a network after
 * its subject ("Millones de usuarios siguen a la cantante en Instagram"), not after an imperative or "you can"; "sigue"
 * and "siga" are also the third person ("Sigue sin fecha la obra, que los vecinos reclaman en Facebook"): the network
 * must come before a comma or a relative pronoun.
 */
const SOCIAL_PROMPT = new RegExp(
  '^[^\\p{L}]*(?:(?:(?:tambi[eé]n|also)\\s+)?(?:puedes|pod[eé]s|puede|pueden|pod[eé]is|podr[aá]s|you can|you may)\\s+(?:(?:tambi[eé]n|also)\\s+)?(?:seguir(?:nos|me|le|la|los|las)?|follow)' +
    '|s[ií]gue(?:nos|me)?|segu[ií](?:nos|me)?|s[ií]ga(?:nos|me)?|s[ií]gan(?:nos)?|follow|like us|suivez(?:-nous)?|siga-nos|segue-nos|seguici|folgen sie)' +
    '(?![\\p{L}])(?:(?!(?<![\\p{L}])(?:que|who|which)(?![\\p{L}]))[^.!?,;]){0,60}?(?<![\\p{L}])(?:en|on|in|auf|sur|no|nas|su|v[ií]a)\\s+(?:facebook|x|twitter|instagram|tiktok|youtube|linkedin|threads|bluesky|whatsapp|telegram|google (?:news|noticias|discover)|mastodon|flipboard|twitch|spotify)(?![\\p{L}])',
  'iu',
);

// A line made only of sharing words and network names ("Compartir en Facebook", "Share on X",
// "Facebook Twitter WhatsApp", "Imprimir") is a row of share buttons.
const SHARE_WORDS = new Set([
  'compartir', 'comparte', 'compártelo', 'share', 'tweet', 'tuitear', 'twittear', 'imprimir', 'print', 'email', 'mail', 'correo',
  'enviar', 'send', 'copiar', 'copy', 'enlace', 'link', 'guardar', 'save', 'pin', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram',
  'linkedin', 'pinterest', 'reddit', 'instagram', 'youtube', 'tiktok', 'threads', 'bluesky', 'mastodon', 'flipboard', 'messenger', 'tumblr',
]);
// Words that may join the buttons' labels but are no button on their own.
const SHARE_LINKS = new Set(['this', 'esto', 'en', 'on', 'via', 'por', 'with', 'con', 'e', 'it', 'el', 'the']);

/** A web address, with its scheme or "www." or as a bare domain with a path or not ("vozdelvalle.com.ar/nota/12"), in angle brackets or not. */
const WEB_ADDRESS = String.raw`<?(?:https?:\/\/\S+|www\.\S+|[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)*\.\p{Ll}{2,6}(?:\/\S*)?)>?`;
/**
 * A credit of the story's source or of where to read more that gives only web addresses ("Fuente: https://…", "Source:
 * www.…", "Vía: …", "Con información de https://…", "Fuentes: … y …", "Tomado de: …"): a link a page's copy kept,
 * nothing a reader could cite, wherever it stands. A credit naming its source ("Fuente: EFE") is metadata (lines.ts's
 * readSourceLine).
 */
const LINK_CREDIT = new RegExp(
  String.raw`^\(?(?:fuentes?(?: origina(?:l|les))?|(?:original )?sources?|v[ií]a|con informaci[oó]n de|with (?:information|reporting) from|tomad[oa] de|taken from|leer m[aá]s en|m[aá]s informaci[oó]n en|read more at|more at)\s*:?\s+${WEB_ADDRESS}(?:\s*(?:,|;|\by\b|\band\b)\s*${WEB_ADDRESS})*\s*\)?\.?$`,
  'iu',
);

// A short credit line under a photo ("Foto: EFE", "Photo: Reuters/Jane Doe", "(Credit: Jane Doe / Agency)").
const CREDIT_WORD = '(?:foto|fotos|fotograf[ií]a|imagen|im[aá]genes|photo|photos|photograph|image|cr[eé]dito|credit|ilustraci[oó]n|illustration)';
const CREDIT = new RegExp(`^\\(?${CREDIT_WORD}( de| by)?\\s*[:|/]`, 'iu');
const MAX_CREDIT_WORDS = 6;
// A photo caption: a sentence, then its credit ("Los alumnos vuelven a clase. Foto: Andina").
const CAPTION = new RegExp(`[.!?]["'”’»)]*\\s+\\(?${CREDIT_WORD}\\s*:\\s*[^.:!?]{2,60}\\)?\\.?$`, 'iu');
// Or its credit as agencies write it: an agency in capitals, then the one that relayed the photo or its photographer
// ("KCNA vía REUTERS", "AFP via Getty Images", "REUTERS/Jane Doe"). Case matters here: no "i" flag.
const AGENCY_CAPTION = /[.!?]["'”’»)]*\s+\p{Lu}{2,}(?:\s+\p{Lu}[\p{L}.&-]*){0,2}(?:\s+v[ií]a\s+|\s*\/\s*)\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\.?$/u;
const MAX_CAPTION_WORDS = 60;
/** A name of one to four capitalised words, as credits write agencies and photographers ("REUTERS", "AP Photo", "Kevork Djansezian"). */
const CREDIT_NAME = "\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*){0,3}";
/**
 * A photographer's name in a credit: two to four words in title case or initials ("Jane Doe", "J. Scott Applewhite"); an
 * agency's name in capitals is not one ("Agencia EFE/AFP" closes a story as its wire credit).
 */
const PERSON_WORD = "\\p{Lu}(?:\\.|\\p{Ll}[\\p{L}'’-]*)";
const CREDIT_PERSON = `${PERSON_WORD}(?:\\s+${PERSON_WORD}){1,3}`;
/**
 * A photo's credit in brackets closing its caption: a credit word, then the credit ("(Foto: Archivo Municipal)", "(Photo by
 * Jane Doe/Getty Images)", "(Foto de archivo)").
 */
const BRACKETED_CREDIT = new RegExp(`(?:^|\\s)\\(${CREDIT_WORD}(?![\\p{L}])[^()]{2,60}\\)\\.?$`, 'iu');
/**
 * Or a credit made of names in brackets: an agency and its photographer either way round ("(Getty/Jane Doe)", "(AP
 * Photo/Jane Doe)", "(Jane Doe / AFP)"), or an agency's photo relayed by another ("(AFP via Getty Images)"). Two one-word
 * names with a slash are left to the story ("(Reuters/Ipsos)" credits a poll). Case matters here: no "i" flag.
 */
const VIA = `\\s+v[ií]a\\s+${CREDIT_NAME}`;
const BRACKETED_NAMES = new RegExp(
  `(?:^|\\s)\\((?:(?:${CREDIT_PERSON}\\s*\\/\\s*${CREDIT_NAME}|${CREDIT_NAME}\\s*\\/\\s*${CREDIT_PERSON})(?:\\s*\\/\\s*${CREDIT_NAME})*(?:${VIA})?` +
    `|${CREDIT_NAME}(?:\\s*\\/\\s*${CREDIT_NAME})?${VIA})\\)\\.?$`,
  'u',
);

/**
 * A photo's credit in brackets closing its caption as broadcasters write it: the outlet or agency, a colon and the
 * photographer ("(ABC News: Jane Doe)", "(Reuters: Tom Li)"), or a photo given by someone in the story ("(Supplied)",
 * "(Supplied: Ana Ruiz)", "(Cortesía: Ana Ruiz)"). Groups: the word of a given photo, or the name before the colon. Case
 * matters: no "i" flag.
 */
const OUTLET_CREDIT = new RegExp(
  `(?:^|[.!?]["'”’»)]*\\s+)\\((?:(Supplied|Cortes[ií]a|Gentileza|Facilitada|Cedida)(?::\\s*${CREDIT_NAME})?|(${CREDIT_NAME}):\\s*${CREDIT_NAME})\\)\\.?$`,
  'u',
);

/** Whether a caption closes with a broadcaster's credit (OUTLET_CREDIT): the name before its colon names a news organisation (isOrganization), or the photo was given. */
function isOutletCredit(line: string): boolean {
  const credit = OUTLET_CREDIT.exec(line);
  return credit !== null && (credit[1] !== undefined || isOrganization(credit[2]!));
}

/** A credit's word and colon opening a line, or its bracket ("Foto:", "Photo by:", "(Fotografía:"); the credit follows (CREDITED_CAPTION). */
const CREDIT_OPENING = new RegExp(`^\\(?${CREDIT_WORD}(?:\\s+(?:de|by|por))?\\s*:\\s*`, 'iu');
/**
 * What follows CREDIT_OPENING in a caption that prints its credit first: the credit's names, one or more with slashes
 * ("Archivo Municipal", "Harbour Press/Jane Doe"), closed by its bracket, a full stop or a bar or dash, then the caption
 * ("Foto: EFE. Los alumnos vuelven a clase", "(Photo: Jane Doe) Vendors wait…"). Case matters here: no "i" flag.
 */
const CREDITED_CAPTION = new RegExp(`^${CREDIT_NAME}(?:\\s*\\/\\s*${CREDIT_NAME})*\\s*(?:\\)|\\.|\\s[|–—-])\\s+\\S`, 'u');

/** Whether a line is a photo's caption after its credit (CREDIT_OPENING, CREDITED_CAPTION). */
function isCreditFirstCaption(line: string): boolean {
  const opening = CREDIT_OPENING.exec(line);
  return opening !== null && CREDITED_CAPTION.test(line.slice(opening[0].length));
}

/**
 * A call to subscribe, follow, join or support: an imperative (tú, vos, usted or English forms) and a
 * channel or product in one short line ("Suscribite a nuestro newsletter", "Únete a nuestro canal de
 * Telegram", "Get the Daily Edition by email", "Cancela cuando quieras").
 */
const CALL_VERBS =
  '(suscr[ií]b(?:e|ete|ite|ase|irse|ir)|subscribe|sign up|[uú]nete|unite|[uú]nase|s[uú]mate|s[ií]guenos|seguinos|s[ií]ganos|follow|reg[ií]str(?:ate|ese)|join|get|descarg(?:a|[aá]|ue)|download|apoy(?:a|[aá]|e)|support|don(?:a|[aá]|e)|donate|hazte|hacete|h[aá]gase|become|mir(?:a|[aá]|e)|recib(?:e|[ií]|a)|cancel(?:a|[aá]|e)|ap[uú]nt(?:ate|ese|arte|arse)|assine|inscreva-se|abonnieren|abonnez-vous)(?![\\p{L}])';
/**
 * Where a call's imperative stands: opening the line, a sentence or a clause (after a comma, a colon or a dash), or
 * after "please" or "now". Further in, the verb is a story's ("…encouraging them to download the app", "…said it
 * would support the channel"), unless the line speaks to the reader (READER).
 */
const CALL_VERB = new RegExp(`(?:^[^\\p{L}]*|[.!?¡¿:;,|–—]\\s*|(?<![\\p{L}])(?:please|por favor|now|ahora)\\s+)${CALL_VERBS}`, 'iu');
const CALL_VERB_ANYWHERE = new RegExp(`(?:^|[^\\p{L}])${CALL_VERBS}`, 'iu');
/**
 * A line in which the site speaks to its reader: in the second person, as an invitation, or naming its own channels
 * ("Los invitamos a suscribirse…", "Puede seguir a Materia… o suscribirse aquí a nuestra newsletter").
 */
const READER = /(?:^|[^\p{L}])(?:you|your|our|te|tu|tus|ti|vos|usted|ustedes|nuestr[oa]s?|vous|votre|notre|você|invit\p{L}*)(?![\p{L}])/iu;
/** A call opening the line or its last sentence and ending on where or when to answer it ("Want more stories like this? Sign up here.", "… Únete aquí.", "Subscribe now"). */
const CALL_HERE = new RegExp(`(?:^|[.?!¡]\\s+)${CALL_VERBS}\\s+(?:here|aqu[ií]|ac[aá]|now|ahora|today|hoy|ya)\\s*[.!]?$`, 'iu');
const CALL_OBJECT =
  /(?:^|[^\p{L}])(newsletters?|bolet[ií]n|boletines|canal|channel|whatsapp|telegram|youtube|app|aplicaci[oó]n|e-?mail|correo|inbox|suscripci[oó]n|subscription|membres[ií]a|membership|socio|socia|periodismo|journalism|edici[oó]n|edition|cuando quieras|anytime)(?![\p{L}])/iu;
const MAX_CALL_WORDS = 30;
/**
 * A button or a box's heading: the call's verb opens the line (after "now", "jetzt"…), and the line is
 * short. German, French and Portuguese buttons are read here only: their verbs and nouns ("unterstützen",
 * "Journalismus") are common in those stories' sentences, which the furniture test reads too.
 */
const CALL_START = new RegExp(
  `^(?:(?:now|ahora|ya|jetzt|maintenant|agora)\\s+)?(?:${CALL_VERBS}|(?:unterstützen|abonnieren)(?:\\s+sie)?|werden\\s+sie|soutenez|abonnez|inscrivez-vous|rejoignez|devenez|apoie|assine|torne-se|seja)(?![\\p{L}])`,
  'iu',
);
const BUTTON_OBJECT =
  /(?:^|[^\p{L}])(miembros?|members?|mitglied|membre|membro|journalismus|journalisme|jornalismo|abo|abonnement|assinatura|assinante|contenidos? exclusivos?|exclusive content|conte[uú]dos? exclusivos?)(?![\p{L}])/iu;
/**
 * A sales pitch to the reader: the reader's own subscription or membership, in tú, vos or English
 * forms ("Con tu suscripción navegás sin límites…", "With your subscription you get…"). "Su
 * suscripción" is left out: it is also the third person of a story ("Netflix subió el precio de su
 * suscripción").
 */
const PITCH = /(?:^|[^\p{L}])(?:tu|your|votre|deine?|tua)\s+(?:suscripci[oó]n|subscription|membres[ií]a|membership|abonnement|abo|assinatura)(?![\p{L}])/iu;
const MAX_BUTTON_WORDS = 12;
/**
 * A newsletter's appeal closing a post: it thanks the reader for reading, or calls the publication supported by its
 * readers ("Thanks for reading The Mill Notes! Subscribe for free…", "¡Gracias por leer! Suscribite…", "X is a
 * reader-supported publication… consider becoming a subscriber", "Este boletín se sostiene gracias a sus lectores…"),
 * and asks the reader to subscribe (SUBSCRIBE_CALL). A story's sentence thanks no reader for reading it, nor asks them to subscribe.
 */
const NEWSLETTER_APPEAL =
  /(?:^|[^\p{L}])(?:thanks?(?: you)?(?: so much)? for reading|gracias por (?:leer|tu lectura|su lectura|tus lecturas)|reader-supported|(?:supported|funded) by (?:its|our|my) readers|(?:sostenid|financiad|apoyad)[oa]s? (?:por|gracias a) (?:sus|nuestr[oa]s|mis) (?:lector|suscript)|se (?:sostiene|financia|mantiene) (?:con|gracias a) (?:sus|nuestr[oa]s|mis) (?:lector|suscript))/iu;
/**
 * A call to subscribe: the imperative or infinitive in English and Spanish tú, vos and usted forms ("Subscribe", "become a
 * paid subscriber", "suscríbete", "suscribite", "suscríbase", "considera suscribirte", "hazte suscriptora"); a story's
 * "sumó dos mil suscriptores" is no call.
 */
const SUBSCRIBE_CALL =
  /(?<!\p{L})(?:subscribe|(?:becom\p{L}*|be)\s+(?:an?\s+)?(?:(?:free|paid)\s+(?:or\s+(?:free|paid)\s+)?)?subscriber|suscr[ií]b(?:ete|ite|ase|anse|irte|irse|ir)|(?:hazte|hacete|h[aá]gase)\s+suscript\p{L}*)(?!\p{L})/iu;
/**
 * A call to write to the newsroom or the writer, after a question to the reader or not ("Have a story idea? Send it to our
 * newsroom at …", "Email the reporter at …", "Is there something you'd like me to write about? Leave me a message on my
 * Facebook page…", "¿Tienes información sobre este tema? Escríbenos…", "Contanos tu historia", "Déjenos un mensaje"): a
 * contact verb in tú, vos, usted or English forms with "me" or "us" (or the newsroom, the reporter) opening the line, its
 * second sentence or the clause after a condition ("Si desea que investiguemos…, escríbanos"). A story quotes such words inside quotation marks, which the anchor leaves out. Also a call to share
 * the story ("Si te gustó esta nota, compártela con tus amigos", "If you enjoyed this story, please share it").
 */
const CONTACT_APPEAL = new RegExp(
  '^(?:[^.!?"“«]{0,100}\\?\\s+|(?:si|if)\\s[^.!?"“«]{0,80},\\s*)?(?:' +
    [
      '(?:escr[ií]b|env[ií]|m[aá]nd|d[eé]j|cu[eé]nt|cont[aá]ct|ll[aá]m)(?:anos|enos)|escr[ií]b(?:eme|ame)',
      'escrib(?:inos|ime)|contanos|dejanos|mandanos|envianos|contactanos|llamanos|comun[ií]c(?:ate|ese|quese)',
      '(?:e-?mail|write to|message|contact|send|tell|call|text|reach|dm)\\s+(?:me|us)(?![\\p{L}])|let\\s+(?:me|us)\\s+know',
      'leave\\s+(?:me|us)\\s+an?\\s+(?:message|note|line|comment)',
      'get in touch',
      '(?:si (?:te|le|les) gust[oó]|if you (?:liked|enjoyed))[^.!?]{0,40},\\s*(?:please\\s+)?(?:comp[aá]rt\\p{L}*|share)',
      '(?:e-?mail|write to|contact|send (?:it|them|your [\\p{L} ]{1,30}) to)\\s+(?:the|our|this)\\s+(?:reporter|writer|author|newsroom|editors?|desk|team)',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);
/** A newsletter's appeal runs to two sentences. */
const MAX_APPEAL_WORDS = 45;
/** Cookie consent banners run longer than other furniture. */
const COOKIES = /\bcookies?\b/iu;
const CONSENT = /\b(acept|consent|navega|continu|pol[ií]tica|policy|privacidad|privacy|configur|settings|preferenc)/iu;
const MAX_BANNER_WORDS = 80;

/** What separates the items of a story's meta row ("6 min read · Oct 2, 2024"). */
const META_SEPARATOR = /\s*[·•|]\s*/u;

/**
 * A row of a story's meta items, its reading time beside its date ("6 min read · Oct 2, 2024", "12 de mayo de 2024 |
 * Lectura: 4 min"): every item a reading time or a date line, one of them a reading time. The date is read from the
 * page's declarations and header, not from this line.
 */
function isMetaRow(line: string): boolean {
  const items = line.split(META_SEPARATOR).filter(Boolean);
  return items.length > 1 && items.some((item) => READING_TIME.test(item)) && items.every((item) => READING_TIME.test(item) || readDateLine(item) !== null);
}

/** What kind of furniture a line is, if any; `words` is its word count when the caller has it. */
export function furniture(line: string, words = wordCount(line)): Furniture | null {
  if (words <= MAX_BANNER_WORDS && COOKIES.test(line) && CONSENT.test(line)) return 'line';
  if (words <= MAX_CALL_WORDS && ((isCall(line) && CALL_OBJECT.test(line)) || PITCH.test(line) || isCallButton(line))) return 'line';
  if (words <= MAX_FURNITURE_WORDS && CALL_HERE.test(line)) return 'line';
  if (words <= MAX_APPEAL_WORDS && NEWSLETTER_APPEAL.test(line) && SUBSCRIBE_CALL.test(line)) return 'line';
  if (words <= MAX_APPEAL_WORDS && CONTACT_APPEAL.test(line)) return 'line';
  if (words <= MAX_PROMPT_WORDS && LIVE_PROMPT.test(line)) return 'line';
  if (words <= MAX_CALL_WORDS && SOCIAL_PROMPT.test(line)) return 'line';
  if (words <= MAX_NOTICE_WORDS && COMMENT_NOTICE.test(line)) return 'line';
  if (words <= MAX_NOTICE_WORDS && DISCLAIMER.test(line)) return 'line';
  if (words <= MAX_CAPTION_WORDS && (CAPTION.test(line) || AGENCY_CAPTION.test(line) || BRACKETED_CREDIT.test(line) || BRACKETED_NAMES.test(line) || isOutletCredit(line) || isCreditFirstCaption(line))) return 'caption';
  // A wire's notice runs past other furniture's length, the copyright line and a credit in its paragraph.
  if (words <= MAX_NOTICE_WORDS && RIGHTS.test(line)) return 'rights';
  if (isReadAlsoAlone(line)) return 'list';
  if (isHeadlineRail(line, words)) return 'line';
  if (words > MAX_FURNITURE_WORDS) return null;
  if (COMMENTS.some((pattern) => pattern.test(line))) return 'comments';
  if (LISTS.some((pattern) => pattern.test(line))) return 'list';
  if ((TAXONOMY.test(line) && !isDatedLabel(line)) || LINES.some((pattern) => pattern.test(line)) || isReadPrompt(line) || isShareRow(line) || isMetaRow(line) || (words <= MAX_CREDIT_WORDS && CREDIT.test(line)) || LINK_CREDIT.test(line)) return 'line';
  return null;
}

/** Whether a label line prints a date in a part of its own, after a separator (see TAXONOMY). */
function isDatedLabel(line: string): boolean {
  return DATED_PART.test(line) && line.split(/\s*[|·•]\s*/u).some((part) => readDateLine(part) !== null);
}

/** Whether the line calls its reader to act (see CALL_VERB): a story's sentence may name the same verbs. */
function isCall(line: string): boolean {
  return CALL_VERB.test(line) || (READER.test(line) && CALL_VERB_ANYWHERE.test(line));
}

/**
 * A button or heading that calls the reader to subscribe, join, support or become a member ("Apoya el
 * periodismo incómodo", "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "Subscribe to our
 * newsletter"): an imperative opening a short line that names a channel, a product or membership.
 * Stricter than the furniture test (the verb must open the line), since it condemns the box around it.
 */
export function isCallButton(line: string): boolean {
  // The anchored verb first: it turns down most lines at their first word, where counting reads them whole.
  return CALL_START.test(line.trim()) && wordCount(line) <= MAX_BUTTON_WORDS && (CALL_OBJECT.test(line) || BUTTON_OBJECT.test(line));
}

/** Whether a line is only sharing words and networks' names ("Compartir en WhatsApp", "Tweet this · Copy link"): a row of share buttons. */
export function isShareRow(line: string): boolean {
  const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word) => SHARE_WORDS.has(word)) && words.every((word) => SHARE_WORDS.has(word) || SHARE_LINKS.has(word));
}

/** The verbs of a prompt to read, watch or hear more, in tú, vos and usted forms, English and Portuguese. */
const PROMPT_VERBS = new Set([
  'lee', 'leé', 'lea', 'leer', 'leia', 'ler', 'ver', 'vea', 'veja', 'see', 'read', 'mira', 'mirá', 'mire', 'mirar', 'watch', 'leyendo', 'reading',
  'escucha', 'escuchá', 'escuche', 'escuchar', 'listen', 'informate', 'infórmate', 'enterate', 'entérate',
]);
/** The other words such a prompt is made of: adverbs, modals, pronouns, articles and what it points to. */
const PROMPT_WORDS = new Set([
  'también', 'tambien', 'também', 'además', 'ademas', 'also', 'more', 'más', 'mas', 'aquí', 'aqui', 'here', 'next', 'too',
  'puedes', 'podés', 'puede', 'pueden', 'podrás', 'can', 'you', 'sigue', 'seguí', 'siga', 'keep', 'te', 'le', 'les', 'recomendamos', 'sugerimos', 'we', 'recommend',
  'el', 'la', 'los', 'las', 'the', 'our', 'nuestro', 'nuestra', 'o', 'a', 'this', 'este', 'esta',
  'podcast', 'video', 'vídeo', 'audio', 'entrevista', 'interview', 'galería', 'galeria', 'gallery', 'especial', 'crónica', 'cronica',
  'nota', 'story',
]);
const MAX_PROMPT_HEAD_WORDS = 6;
/** The words that make a prompt point to another story beside this one ("Lee también", "Also read", "See also"). */
const ALSO_WORDS = new Set(['también', 'tambien', 'também', 'além', 'además', 'ademas', 'also']);

/**
 * A "read also" prompt alone on its line ("Lee también", "LEA TAMBIÉN:", "Also read", "See also"), as a card inlaid in
 * the story prints it above the other story's headline: a widget's heading, its headlines on the lines after it (see
 * LISTS). Its words are all a prompt's (PROMPT_VERBS, PROMPT_WORDS), one a verb and one an "also"; "Read more" alone is
 * a teaser's button, not a heading.
 */
function isReadAlsoAlone(line: string): boolean {
  const words = line.replace(/[:|]\s*$/u, '').trim().toLowerCase().split(/\s+/u);
  return words.length <= MAX_PROMPT_HEAD_WORDS && words.some((word) => PROMPT_VERBS.has(word)) && words.some((word) => ALSO_WORDS.has(word)) && words.every((word) => PROMPT_VERBS.has(word) || PROMPT_WORDS.has(word) || ALSO_WORDS.has(word));
}

/**
 * A "read also" prompt before a related headline, its words in any order ("Lee también: …", "También lea: …", "Puedes ver
 * también | …", "ALSO READ: …", "ESCUCHA EL PODCAST: …"): the line opens with a few words before a colon or a bar, all of
 * them a prompt's (PROMPT_VERBS, PROMPT_WORDS) and one a verb to read, watch or hear. A story's lead-in names something
 * else ("La ministra lo dijo así: …", "Ver para creer: …").
 */
function isReadPrompt(line: string): boolean {
  const head = /^\s*([\p{L}\s]+?)\s*[:|]/u.exec(line)?.[1];
  if (head === undefined) return false;
  const words = head.toLowerCase().split(/\s+/u);
  return words.length <= MAX_PROMPT_HEAD_WORDS && words.some((word) => PROMPT_VERBS.has(word)) && words.every((word) => PROMPT_VERBS.has(word) || PROMPT_WORDS.has(word));
}
