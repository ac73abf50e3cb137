import type { SelectorPack } from './pack';

/**
 * The selector pack shipped with Ronda: the only place where the sites' selectors and texts are written down.
 * Sources and dates of each selector are in /work/shared/research/site-markup.md and tests/fixtures/SOURCES.md.
 * Alternatives are listed newest first; "badgeAnchor"-like fields mean "the badge goes right after this element".
 */
export const BUILTIN_PACK: SelectorPack = {
  format: 1,
  version: '2026.12.7',
  sites: {
    youtube: {
      threadPages: [
        '^/watch/?$', // watch page (?v=…)
        '^/shorts/[\\w-]+/?$', // Shorts: comments open in an engagement panel
      ],
      shortsPath: '^/shorts/([\\w-]+)',
      listingPages: [
        '^/(?:@[^/]+|channel/[^/]+|c/[^/]+|user/[^/]+)(?:/(?:videos|shorts|streams|featured|posts|community))?/?$', // a channel and its tabs
      ],
      handlePath: '/(@[^/?#]+)', // /@handle (2023+); /channel/UC… links have no handle
      observeRoot: [
        'ytd-comments#comments', // watch page comment section
        'ytd-engagement-panel-section-list-renderer[target-id="engagement-panel-comments-section"]', // Shorts panel
        'ytd-comments', // any comment section (panel variants without the id)
        'ytd-item-section-renderer[section-identifier="comment-item-section"]', // a post's page: the section itself
      ],
      activePage: ['ytd-page-manager > :not([hidden])'], // ytd-watch-flexy, ytd-browse, ytd-shorts: the others are [hidden]
      comment: [
        'ytd-comment-view-model', // 2024+ (top-level and replies)
        'ytd-comment-renderer', // before 2024 (kept: some A/B buckets and embeds still render it)
      ],
      replyContainer: ['ytd-comment-replies-renderer'], // replies sit inside this under the thread
      thread: ['ytd-comment-thread-renderer'],
      authorLink: [
        'a#author-text', // /@handle (2023+), /channel/UC… before
        '#author-thumbnail a[href]', // older renderer: avatar link
      ],
      authorName: [
        '#author-text span', // 2024+: "@handle" text
        '#author-text', // older renderer: text directly in the link
        'ytd-author-comment-badge-renderer #channel-name #text', // creator comments hide #author-text
        'ytd-author-comment-badge-renderer span',
      ],
      authorThumb: ['#author-thumbnail-button[aria-label]'], // 2024+: aria-label is the @handle
      content: [
        '#content-text', // yt-attributed-string (2024+) or yt-formatted-string (before)
      ],
      permalink: [
        '#published-time-text a[href*="lc="]', // 2024+
        '.published-time-text a[href*="lc="]', // before 2024 (yt-formatted-string.published-time-text)
        'a[href*="lc="]', // any link carrying the comment id
      ],
      commentIdParam: 'lc',
      badgeAnchor: [
        '#published-time-text', // 2024+: right after the time, in the author line
        '.published-time-text', // older renderer
        '#header-author > *:last-child', // author line when the time moved
      ],
      replyButton: [
        '#reply-button-end button', // 2024+ yt-button-shape
        '#reply-button-end tp-yt-paper-button', // older paper button
        '#reply-button-end', // host element
      ],
      replyDialog: ['#reply-dialog'], // filled with ytd-commentbox after Reply is clicked
      replyEditor: [
        '#contenteditable-root[contenteditable="true"]', // ytd-commentbox editor
        '#contenteditable-root',
      ],
      replyWaitMs: 2500,
      loadMore: [
        '#more-replies button', // "N replies" expander (2024+)
        '#more-replies tp-yt-paper-button', // older expander
        '#more-replies-sub-thread button', // sub-thread expander
        'ytd-comment-replies-renderer ytd-continuation-item-renderer button', // "Show more replies"
        'ytd-comments ytd-continuation-item-renderer tp-yt-paper-button', // older "Show more"
      ],
      moderationMenu: [
        '#action-menu yt-icon-button#button button', // ytd-menu-renderer's "Menu de ações" (⋮): Remover, Denunciar, Ocultar usuário
        '#action-menu button', // its newer button-view-model
      ],
      // The channel owner's comments show their name in a pill (ytd-author-comment-badge-renderer[creator]) and hide
      // #author-text (CB-Plus, see ../shared/research/site-markup.md): the channel answering.
      ownerBadge: ['#author-comment-badge ytd-author-comment-badge-renderer[creator]', 'ytd-author-comment-badge-renderer[creator]'],
      // Community posts: the post's page is a browse page whose second section holds the comments, in the watch
      // page's markup (ytd-comment-thread-renderer); post ids start "Ugkx" (public tools, see SOURCES.md).
      posts: {
        postPath: '^/post/([\\w-]+)/?$', // /post/Ugkx… (2023+; the posts tab and notifications link here)
        channelPostsPath: '^/(?:@[^/]+|channel/[^/]+|c/[^/]+|user/[^/]+)/(?:posts|community)/?$', // ?lb=<id>: one post
        postParam: 'lb',
        postCard: ['ytd-backstage-post-renderer', 'ytd-post-renderer'], // ytd-post-renderer: the newer card
        postText: ['#content-text', '#post-text'], // yt-formatted-string#content-text in #content
      },
      // Studio: shady DOM like the watch page, so plain selectors reach it (2026 runtime dumps, see SOURCES.md).
      studio: {
        videoPages: ['^/video/([\\w-]{11})/comments(?:/[\\w-]+)?/?$'], // /video/<id>/comments/inbox (older: /comments)
        channelPages: ['^/channel/(UC[\\w-]+)/comments(?:/([\\w-]+))?/?$'], // /channel/UC…/comments/inbox, /spam
        entityName: ['#entity-label-container #entity-name', '#entity-name'], // navigation drawer: channel or video
        observeRoot: ['ytcp-comments-section'],
        comment: ['ytcp-comment'], // the thread's own one is ytcp-comment#comment; replies carry [is-reply]
        replyContainer: ['ytcp-comment-replies'],
        thread: ['ytcp-comment-thread'],
        idAttributes: ['comment-id'], // reported by one extension's diagnostics, not seen in a dump: a hash otherwise
        authorName: [
          '#metadata #name .author-text', // 2026: div#name > yt-formatted-string.author-text
          'a#name', // older: the name is the channel link itself
          '.author-text',
          'ytcp-author-comment-badge #badge-name', // the channel's own comments hide #name behind this badge
        ],
        authorLink: ['#metadata a#name[href]', 'a#name[href]'],
        content: ['#content-text'], // yt-formatted-string#content-text inside ytcp-comment-expander
        videoTitle: ['ytcp-comment-video-thumbnail #video-title'], // the thread's own comment only; a href-less card
        badgeAnchor: [
          '#metadata .published-time-text', // right after "há 2 dias" in the author line
          '#metadata #name',
        ],
        replyButton: [
          'ytcp-comment-button#reply-button button', // ytcp-button > ytcp-button-shape > button
          '#reply-button [role="button"]',
          'ytcp-comment-button#reply-button',
        ],
        replyDialog: ['#reply-dialog-container'], // empty until Reply stamps a ytcp-commentbox into it
        replyEditor: [
          'ytcp-commentbox tp-yt-iron-autogrow-textarea textarea', // 2026: a real textarea
          'ytcp-commentbox textarea',
          'ytcp-commentbox [contenteditable="true"]', // older commentbox
        ],
        replyWaitMs: 3000,
        repliesToggle: ['#show-replies-button:not([disabled])'],
        // The channel's own comments (userscripts and reply tools that tell "I replied" by it, see SOURCES.md).
        ownerBadge: ['ytcp-author-comment-badge[is-creator]', 'ytcp-author-comment-badge.creator'],
        moderationMenu: ['#action-menu-button'], // ytcp-icon-button "Ações" (⋮): Remover, Denunciar, Ocultar usuário do canal
      },
    },
    facebook: {
      // The "…" beside a comment; its caption says what the viewer may do (a Page's admin may delete and hide).
      moderationMenu: [
        '[role="button"][aria-haspopup="menu"][aria-label="Editar ou excluir isto"]', // the commenter's own, pt-BR (fixtures)
        '[role="button"][aria-haspopup="menu"][aria-label="Excluir, ocultar ou denunciar isto"]',
        '[role="button"][aria-haspopup="menu"][aria-label="Ocultar ou denunciar isto"]',
        '[role="button"][aria-haspopup="menu"][aria-label="Delete, hide or report this"]', // English UI (fixtures)
        '[role="button"][aria-haspopup="menu"][aria-label="Edit or delete this"]',
        '[role="button"][aria-haspopup="menu"][aria-label="Hide or report this"]',
      ],
      threadPages: [
        '^/permalink\\.php$', // Page posts: /permalink.php?story_fbid=…&id=…
        '^/story\\.php$', // profile posts
        '^/[^/]+/posts/[^/]+', // /<page>/posts/pfbid…
        '^/groups/[^/]+/(?:posts?|permalink)/[^/]+', // group posts: /groups/<gid>/posts/<pid>/ (also /post/, /permalink/)
        '^/photo(?:\\.php)?/?$', // photo viewer (?fbid=)
        '^/[^/]+/(?:photos|videos)/', // page photos and videos
        '^/watch/?$', // videos (?v=)
        '^/reel/[^/]+', // reels
        '^/share/(?:p|v|r)/[^/]+', // share links
      ],
      postParams: ['story_fbid', 'id', 'fbid', 'v'],
      listingPages: [
        '^/profile\\.php$', // a Page or profile by number (?id=)
        '^/people/[^/]+/\\d+/?$',
        '^/groups/[^/]+/?$', // a group's feed
        // a Page or profile by name; not Facebook's own sections, which share the one-segment shape
        '^/(?!(?:home\\.php|watch|marketplace|gaming|notifications|messages|friends|saved|events|groups|pages|reel|share|stories|ads|help|settings|login|hashtag|search|bookmarks|feeds)(?:/|$))[A-Za-z0-9.]+/?$',
      ],
      observeRoot: [
        // A post opens as a modal over the feed, whose posts show preview comments of their own: when the modal
        // holds comments, only it is scanned; otherwise (permalink page) the whole body.
        'div[role="dialog"][aria-modal="true"]',
      ],
      feed: [
        'div[role="feed"]', // News Feed, group feeds
        'div[data-pagelet="ProfileTimeline"]', // a Page's (or profile's) timeline: its posts preview comments inline
      ],
      comment: [
        'div[role="article"][aria-label]', // comments, replies (and posts: filtered by commentLabel)
      ],
      commentLabel: [
        '^Comment by ', // English UI, top-level: "Comment by Ana Souza 3 minutes ago"
        '^Reply by ', // English UI, replies
        '^Comentário de ', // pt-BR UI, top-level: "Comentário de Ana Souza há 3 minutos"
        '^Resposta de ', // pt-BR UI, replies
      ],
      article: ['div[role="article"]'],
      dialog: ['div[role="dialog"]'],
      privateDialog: [
        '[role="dialog"][aria-label^="Message "]', // "Send message" private reply (English UI)
        '[role="dialog"][aria-label^="Mensagem "]', // pt-BR UI
        '[role="dialog"][aria-label^="Enviar mensagem"]',
      ],
      privateReplyText: ['Send message', 'Enviar mensagem'], // shown to the Page's admins, under a visitor's comment
      replyLabel: ['^Reply by ', '^Resposta de '],
      labelName: [
        // "Comment by Ana Souza 3 minutes ago", "Reply by Ana to Bia's comment 2 days ago"
        "^(?:Comment|Reply) by (.+?)(?: to .+?['’]s (?:comment|reply))?(?: (?:(?:about |a few |an? |\\d+ )(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|just now|yesterday))?$",
        // "Comentário de Ana Souza há 3 minutos", "Resposta de Ana ao comentário de Bia há 2 dias"
        '^(?:Comentário|Resposta) de (.+?)(?: (?:ao|em resposta ao) comentário de .+?)?(?: há .+| agora(?: mesmo)?| ontem)?$',
      ],
      authorLink: ['a[role="link"][href]', 'a[href]'],
      authorName: ['span[dir="auto"]'],
      textPart: ['div[dir="auto"]'], // one per paragraph
      textContainer: ['span[dir="auto"]'], // wraps the paragraphs (lang= set on it)
      permalink: ['a[href*="comment_id="]'],
      commentIdParam: 'comment_id',
      replyIdParam: 'reply_comment_id',
      encodedCommentId: '^comment:\\d+_(\\d+)$',
      idWrapper: ['[data-commentid]'], // Page posts wrap each comment with its id
      idWrapperAttr: 'data-commentid',
      nonProfilePaths: [
        '^/(?:permalink\\.php|story\\.php|photo|photo\\.php|watch|groups|events|hashtag|reel|share|stories|ads|help|settings|messages|marketplace|pages|login|notifications)(?:[/?]|$)',
      ],
      memberProfilePath: ['^/groups/[^/]+/user/(\\d+)/?$'], // group posts link commenters to /groups/<gid>/user/<uid>/
      actionRow: [
        'ul', // 2025–26: time, Like, Reply, Send message as ul > li
      ],
      button: ['[role="button"]'],
      replyText: ['Reply', 'Responder'],
      replyBox: [
        'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', // Lexical (2022+)
        'div[role="textbox"][contenteditable="true"]', // any rich composer
      ],
      lexicalEditor: ['[data-lexical-editor="true"]'],
      replyBoxLabel: ['^Reply to ', '^Responder a ', '^Responda a ', '^Resposta para '],
      replyWaitMs: 2500,
      loadMoreText: [
        '^View (?:\\d+ )?(?:more|previous) (?:comments?|replies)$', // "View more comments", "View 5 more replies"
        '^View all \\d+ repl(?:y|ies)$',
        '^View \\d+ repl(?:y|ies)$',
        '^See more comments$',
        'replied · \\d+ repl(?:y|ies)$', // "<Page> replied · 1 reply"
        '^Ver mais comentários$',
        '^Ver comentários anteriores$',
        '^Ver (?:todas as )?\\d+ respostas?$',
        '^Ver mais \\d+ respostas?$',
        'respondeu · \\d+ respostas?$', // "<Página> respondeu · 1 resposta"
      ],
      sort: {
        control: ['[aria-haspopup="menu"][role="button"]'], // "Most relevant ▾" above the comments (browsertrix 2026)
        filtering: ['^Most relevant$', '^Mais relevantes$', '^Top comments$', '^Principais comentários$'],
        menuItem: ['[role="menu"] [role="menuitem"]'],
        all: ['^All comments', '^Todos os comentários'],
      },
      // Identity badges right before the name link (cecilburger/public-crm live Page markup, see SOURCES.md): the Page
      // or profile that posted ("Autor"); in a group, where any member may be a post's author, its admins and
      // moderators, who are the expert's team there.
      roleBadge: {
        text: ['div[role="button"][aria-label] > div > img + span'],
        roles: ['^(?:Autora?|Author)$'],
        groupPath: '^/groups/',
        groupRoles: ['^(?:Administrador|Administradora|Admin)$', '^(?:Moderador|Moderadora|Moderator)$'],
      },
      dm: {
        threadPath: ['^/messages/(?:e2ee/)?t/[^/]+'], // /messages/t/<id>, end-to-end encrypted /messages/e2ee/t/<id>
        composer: ['div[role="textbox"][contenteditable="true"]', 'textarea'], // Lexical; older markup a textarea
        exclude: ['[role="dialog"][aria-label*="omment" i]'],
      },
    },
    instagram: {
      // The "…" a comment row shows on hover: Excluir (own posts), Denunciar, Restringir, Bloquear.
      moderationMenu: ['svg[aria-label="Opções de comentário"]', 'svg[aria-label="Comment Options"]'], // the icon; its role=button ancestor is pressed
      threadPages: [
        '^/(?:[A-Za-z0-9._]+/)?(?:p|reel|reels|tv)/[\\w-]+/?$', // post, reel, /<user>/p/<code>/ (2025+)
      ],
      // The post's header (browsertrix: the post page's main, the post window's article) links its author; a collab
      // post links both. Reels show no header: their author's replies are told by the profile's house accounts.
      postOwner: { scope: ['div[role="dialog"] article', 'main'], link: ['header a[href^="/"]'] },
      postPath: '^/(?:[A-Za-z0-9._]+/)?(p|reel|reels|tv)/([\\w-]+)',
      listingPages: [
        // A profile and its reels tab; not Instagram's own sections, which share the one-segment shape.
        '^/(?!(?:p|reel|reels|tv|explore|direct|accounts|stories|about|legal|developer|web)(?:/|$))[A-Za-z0-9._]+(?:/(?:reels/?)?)?$',
      ],
      observeRoot: [
        'div[role="dialog"] article', // post modal over a feed or profile
        'div[role="dialog"]', // reels comment tray
        'main article', // post page
        'main',
      ],
      permalink: ['a[href*="/c/"]'], // /p/<code>/c/<id>/ wraps the comment's <time>
      permalinkPattern: '/(?:p|reel|reels|tv)/([\\w-]+)/c/(\\d+)(?:/r/(\\d+))?',
      time: ['time[datetime]', 'time'],
      avatar: [
        'img[alt$="profile picture"]', // English UI: "<user>'s profile picture"
        'img[alt^="Foto do perfil de"]', // pt-BR UI
        'img[alt$="foto do perfil"]', // pt-BR variant
      ],
      maxClimb: 8,
      profileLink: ['a[href^="/"]', 'a[href^="https://www.instagram.com/"]'],
      profilePath: '^/(?!(?:explore|accounts|direct|reels|stories|p|reel|tv)/?$)([A-Za-z0-9._]+)/?$',
      text: ['span[dir="auto"]'],
      button: ['[role="button"]', 'button'],
      replyText: ['Reply', 'Responder'],
      replyContainer: [
        'li ul', // 2023-era markup: replies in a ul inside the parent's li
      ],
      composer: [
        'textarea[aria-label="Add a comment…"]', // still the most common (U+2026)
        'textarea[aria-label="Adicione um comentário…"]',
        'textarea[placeholder="Add a comment…"]',
        'textarea[placeholder="Adicione um comentário…"]',
        'div[role="textbox"][contenteditable="true"][aria-label="Add a comment…"]', // Lexical A/B bucket
        'div[role="textbox"][contenteditable="true"][aria-label="Adicione um comentário…"]',
        'input[placeholder="Add a comment…"]', // reels tray
        'input[placeholder="Adicione um comentário…"]',
      ],
      lexicalEditor: ['[data-lexical-editor="true"]'],
      composerScope: ['div[role="dialog"]', 'article', 'section', 'main'],
      replyWaitMs: 1500,
      loadMoreIcon: [
        'svg[aria-label="Load more comments"]', // the "+" circle under the list
        'svg[aria-label="Carregar mais comentários"]',
      ],
      loadMoreText: [
        '^View (?:all )?(?:\\d+ )?(?:more )?repl(?:y|ies)(?: \\(\\d+\\))?$', // "View replies (3)", "View all 3 replies"
        '^Ver (?:todas as )?(?:\\d+ )?(?:mais )?respostas?(?: \\(\\d+\\))?$', // "Ver respostas (3)", "Ver todas as 3 respostas"
        '^(?:Load|View) more comments$',
        '^(?:Carregar|Ver) mais comentários$',
      ],
      dm: {
        threadPath: ['^/direct/t/[^/]+'], // /direct/t/<thread id>/ (the inbox, /direct/inbox/, is not a thread)
        composer: ['div[role="textbox"][contenteditable="true"]', 'textarea'], // Lexical "Mensagem…"; older a textarea
        exclude: ['[role="dialog"][aria-label*="omment" i]'],
      },
    },
    blog: {
      variants: [
        {
          name: 'wpdiscuz',
          detect: ['#wpdcom'],
          observeRoot: ['#wpdcom .wpd-thread-list', '#wpdcom'],
          comment: ['div.wpd-comment[id^="wpd-comm-"]'], // wpd-comm-{id}_{parent}; replies nest inside
          idPattern: ['^wpd-comm-(\\d+)_(\\d+)$'],
          author: ['.wpd-comment-author'],
          authorLink: ['.wpd-comment-author a[href]'],
          handle: ['.wpd-user-nicename'], // "(@user)" when the site shows nicenames
          text: ['.wpd-comment-text'],
          time: ['.wpd-comment-date time[datetime]', 'time[datetime]'],
          permalink: ['.wpd-comment-link a[href]'],
          badgeAnchor: ['.wpd-comment-author', '.wpd-comment-header'],
          replyButton: ['.wpd-reply-button'],
          replyBox: [
            '.wpd-secondary-form-wrapper .ql-editor', // rich editor (Quill), default since 7.0
            '.wpd-secondary-form-wrapper textarea[id^="wc-textarea-"]', // rich editor disabled
          ],
          replyFrame: [],
          parentField: [],
          loadMore: [
            'button.wpd-load-more-submit', // "Load more comments"
            '.wpd-load-comments', // lazy-load on scroll variant
            '.wpd-comment-wrap.wpd-hidden-replies .wpd-toggle', // "Show replies (N)"
          ],
          // The comment's own wrap: wpd-blog-post_author for the post's author, wpd-blog-administrator for the blog's.
          postAuthor: ['.wpd-comment-wrap.wpd-blog-post_author', '.wpd-comment-wrap.wpd-blog-administrator'],
        },
        {
          name: 'wp-block',
          detect: ['.wp-block-comment-template'],
          observeRoot: ['.wp-block-comments', '.wp-block-comment-template'],
          comment: ['.wp-block-comment-template li[id^="comment-"]'], // replies: ol.children inside the li
          idPattern: ['^comment-(\\d+)$'],
          author: ['.wp-block-comment-author-name'],
          authorLink: ['.wp-block-comment-author-name a[href]'],
          handle: [],
          text: ['.wp-block-comment-content'],
          time: ['.wp-block-comment-date time[datetime]', 'time[datetime]'],
          permalink: ['.wp-block-comment-date a[href]'],
          badgeAnchor: ['.wp-block-comment-author-name'],
          replyButton: ['.wp-block-comment-reply-link a.comment-reply-link', 'a.comment-reply-link'],
          replyBox: ['#respond textarea#comment', '#respond textarea[name="comment"]'],
          replyFrame: ['iframe#jetpack_remote_comment'], // Jetpack comments on a block theme
          parentField: ['#comment_parent', 'input[name="comment_parent"]'],
          loadMore: [], // comment pages are links to other URLs (comment-page-2/): not in-page loaders
          postAuthor: ['.bypostauthor'], // comment_class() on the li: the post's author, logged in
        },
        {
          name: 'wp-classic',
          detect: ['.comment-list', '.commentlist', 'ol#comment-list'],
          observeRoot: ['#comments', '.comments-area', '.comment-list', '.commentlist'],
          comment: [
            'li.comment[id^="comment-"]', // Walker_Comment (html5 and xhtml); replies in ol.children inside
            'li[id^="li-comment-"]', // themes with their own callback
          ],
          idPattern: ['^comment-(\\d+)$', '^li-comment-(\\d+)$'],
          author: ['.comment-author .fn', 'cite.fn', '.fn', '.comment-author'],
          authorLink: ['.comment-author .fn a[href]', '.fn a[href]', 'a.url'],
          handle: [],
          text: [
            '.comment-content', // html5 walker
            '.comment-text', // some themes
            'blockquote.entry-content', // older hAtom themes
            '.entry-content',
          ],
          time: ['.comment-metadata time[datetime]', 'time[datetime]'],
          permalink: ['.comment-metadata a[href*="#comment-"]', 'a[href*="#comment-"]'],
          badgeAnchor: ['.comment-author', 'cite.fn', '.fn', '.comment-meta'],
          replyButton: ['a.comment-reply-link'],
          replyBox: ['#respond textarea#comment', '#respond textarea[name="comment"]'],
          replyFrame: [
            'iframe#jetpack_remote_comment', // Jetpack comments: cross-origin form
            'iframe[name="jetpack_remote_comment"]',
          ],
          parentField: ['#comment_parent', 'input[name="comment_parent"]'],
          loadMore: [], // "Older comments" is a link to ?cpage=/comment-page-N/: not an in-page loader
          postAuthor: ['.bypostauthor'], // comment_class() on the li: the post's author, logged in
        },
      ],
      replyWaitMs: 1500,
      dropParams: '^(?:utm_.*|fbclid|gclid|mc_.*|replytocom|cpage)$',
      contextExclude: [
        '#comments',
        '#wpdcom',
        '.wpd-comments',
        '.comments-area',
        '.wp-block-comments',
        '#respond',
        '#jetpack_remote_comment',
        '.sharedaddy',
      ],
      contextMaxChars: 6000,
      moderation: {
        editLink: ['a.comment-edit-link'], // wp-includes comment-template.php: edit_comment_link(), for moderators
        restLink: ['link[rel="https://api.w.org/"]'], // wp_oembed/rest_output_link_wp_head: <root>/wp-json/
        adminScreen: 'wp-admin/comment.php?action=editcomment&c={id}', // approve, spam, trash, edit
      },
      generic: {
        container: [
          '#comments',
          '.comments',
          '#comentarios',
          '.comentarios',
          '[id*="comment"]',
          '[class*="comment"]',
          '[id*="coment"]',
          '[class*="coment"]',
        ],
        author: ['.author', '[class*="author"]', '[class*="autor"]', '[class*="name"]', '[class*="nome"]', 'cite', 'strong', 'b'],
        text: ['[class*="content"]', '[class*="text"]', '[class*="texto"]', '[class*="body"]', 'p'],
        time: ['time[datetime]', 'time'],
        minBlocks: 2,
        replyText: ['Reply', 'Responder', 'Responda'],
        replyBox: ['textarea'],
        loadMoreText: [
          '^(?:Load|Show|View) more comments$',
          '^(?:Carregar|Mostrar|Ver) mais comentários$',
          '^Older comments$',
          '^Comentários (?:mais )?antigos$',
        ],
      },
    },
  },
};
