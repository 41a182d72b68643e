/* fixdesk help center: search and "paste your error", entirely in the browser.
 *
 * Reads window.FIXDESK_INDEX (written by search-index.js) and wires #search-form / #paste-form when present.
 * No network requests, no modules: works from file:// URLs. The text rules port FixdeskAnalysis
 * (TextFolding, Tokenizer) and FixdeskMatch (CodeExtractor, PasteCleaner, Matcher) in compact form.
 */
(function (root) {
  'use strict';

  // ---------------------------------------------------------------------------
  // Unicode classes. \p{…} needs ES2018; build it at run time so older engines fall back instead of failing.

  function unicodeClass(modern, fallback) {
    try { return { source: modern, flags: 'u', test: new RegExp(modern, 'u') }; } catch (e) {
      return { source: fallback, flags: '', test: new RegExp(fallback) };
    }
  }
  var LATIN = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u03FF\\u0400-\\u052F' +
    '\\u0531-\\u0587\\u05D0-\\u05EA\\u0620-\\u064A\\u0900-\\u097F\\u0E00-\\u0E7F\\u1E00-\\u1FFF\\u3040-\\u30FF' +
    '\\u3400-\\u9FFF\\uAC00-\\uD7AF';
  var MARKS_FALLBACK = '\\u0300-\\u036F\\u0483-\\u0489\\u0591-\\u05BD\\u064B-\\u065F\\u0900-\\u0903\\u093A-\\u094F' +
    '\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F';
  // A word character as Tokenizer.isWordScalar: letters, decimal digits, combining marks.
  var WORD = unicodeClass('[\\p{Alphabetic}\\p{Nd}\\p{Mn}\\p{Mc}]', '[0-9' + LATIN + MARKS_FALLBACK + ']');
  var ALPHA = unicodeClass('\\p{Alphabetic}', '[' + LATIN + ']');
  var MARK = unicodeClass('\\p{M}', '[' + MARKS_FALLBACK + ']');
  var TOKEN_RE = new RegExp('(' + WORD.source + '+)(?:[\'\\u2019\\u02BC](?=' + ALPHA.source + ')' + WORD.source + '+)?',
    'g' + WORD.flags);
  var NON_WORD_RE = new RegExp('(?:(?!' + WORD.source + ')[\\s\\S])+', 'g' + WORD.flags);
  var MARKS_RE = new RegExp(MARK.source, 'g' + MARK.flags);
  var NON_LETTER_RE = new RegExp('(?:(?!' + ALPHA.source + ')[\\s\\S])+', 'g' + ALPHA.flags);
  var LETTER_OR_DIGIT = WORD.test;

  // ---------------------------------------------------------------------------
  // Folding (TextFolding.swift)

  var DIRECT_FOLDS = {
    'ç': 'c', 'ğ': 'g', 'ı': 'i', 'ö': 'o', 'ş': 's', 'ü': 'u',
    'Ç': 'c', 'Ğ': 'g', 'İ': 'i', 'Ö': 'o', 'Ş': 's', 'Ü': 'u', 'â': 'a', 'î': 'i', 'û': 'u'
  };
  var DIRECT_RE = /[çğıöşüÇĞİÖŞÜâîû]/g;

  /** Lowercases with the Turkish rules (I→ı, İ→i) for 'tr' and 'az'; İ→i everywhere. */
  function lowercase(text, lang) {
    var turkish = lang === 'tr' || lang === 'az';
    return String(text).replace(/[Iİ]/g, function (c) { return c === 'I' && turkish ? 'ı' : 'i'; }).toLowerCase();
  }

  /** Maps Turkish letters to ASCII and drops other diacritics (of already lowercased text). */
  function foldLowered(text) {
    if (!/[^\u0000-\u007F]/.test(text)) return text;
    return text.replace(DIRECT_RE, function (c) { return DIRECT_FOLDS[c]; }).normalize('NFD').replace(MARKS_RE, '');
  }

  /** Lowercase then fold: fold('IĞDIR', 'tr') === fold('ığdır') === 'igdir'. */
  function fold(text, lang) {
    return foldLowered(lowercase(text, lang));
  }

  /** Folded text with every run of non-word characters turned into one space: for whole-word comparison. */
  function normalize(text) {
    return fold(text, 'tr').replace(NON_WORD_RE, ' ').trim();
  }

  // ---------------------------------------------------------------------------
  // Tokenizer (Tokenizer.swift): runs of letters, digits and marks; an apostrophe suffix is dropped.

  function tokenObjects(text, lang) {
    var result = [];
    var match;
    TOKEN_RE.lastIndex = 0;
    while ((match = TOKEN_RE.exec(text)) !== null) {
      var word = match[1];
      result.push({ word: foldLowered(lowercase(word, lang)), isNumber: /^[0-9]+$/.test(word) });
    }
    return result;
  }

  /** The folded words of `text`: tokenize('WhatsApp’ın kuralı', 'tr') → ['whatsapp', 'kurali']. */
  function tokenize(text, lang) {
    return tokenObjects(String(text), lang).map(function (t) { return t.word; });
  }

  // ---------------------------------------------------------------------------
  // Provider names the search box knows codes by (`twilio:63016`); the paste box reads the catalog's from its rules.

  var PROVIDERS = {
    'twilio': 'twilio', 'gupshup': 'gupshup', '360dialog': '360dialog', 'cm.com': 'cmcom', 'cmcom': 'cmcom',
    'ycloud': 'ycloud', 'webex': 'webex', 'imiconnect': 'webex'
  };

  function toSet(list) {
    var set = new Set();
    (list || []).forEach(function (x) { set.add(String(x)); });
    return set;
  }

  // ---------------------------------------------------------------------------
  // The index, prepared once: postings per term, sorted vocabulary, codes.

  var FIELDS = ['t', 'e', 's', 'k', 'b', 'c']; // bit i of a posting's mask is FIELDS[i]
  var SEARCH_WEIGHTS = [5, 4, 2, 3, 1, 6]; // title, errors, summary, tags, body, codes
  var QUALITY = { exact: 1, stem: 0.85, typing: 0.7, typo: 0.6 };
  var TYPED_WORD_WEIGHT = 2; // a typed word counts twice a synonym of it (QueryPlan.typedWordWeight)
  var FEW_WHOLE_MATCHES = 3; // fewer articles with every word: partial matches follow (QueryPlan.fewWholeMatches)
  // A search naming no provider is about WhatsApp itself: an article only one provider's users meet counts this share
  // of its score (QueryPlan.otherProviderShare).
  var OTHER_PROVIDER_SHARE = 0.8;
  var prepared = typeof WeakMap === 'function' ? new WeakMap() : null;

  function prepare(index) {
    if (prepared && prepared.has(index)) return prepared.get(index);
    var lang = index.lang || '';
    var articles = Array.isArray(index.articles) ? index.articles : [];
    var postings = new Map();
    var codeOwners = new Map(); // lowercased code → article numbers
    var ranges = []; // [low, high, article]
    var named = []; // lowercased named codes (`ycloud:too_many_requests`)
    var errors = []; // [article, normalized literal]
    articles.forEach(function (article, n) {
      var masks = new Map();
      FIELDS.forEach(function (field, bit) {
        var text = field === 'c' ? '' : article[field];
        if (typeof text !== 'string') return;
        text.split(/\s+/).forEach(function (term) {
          if (term) masks.set(term, (masks.get(term) || 0) | (1 << bit));
        });
      });
      (Array.isArray(article.codes) ? article.codes : []).forEach(function (raw) {
        var code = String(raw).toLowerCase();
        var value = code.slice(code.indexOf(':') + 1);
        if (!codeOwners.has(code)) codeOwners.set(code, []);
        if (codeOwners.get(code).indexOf(n) < 0) codeOwners.get(code).push(n);
        var range = /^(\d+)-(\d+)$/.exec(code);
        if (range) ranges.push([Number(range[1]), Number(range[2]), n]);
        else if (/^[0-9]+$/.test(value)) masks.set(value, (masks.get(value) || 0) | (1 << 5));
        if (/[a-z]/.test(value) && value.length >= 6 && named.indexOf(code) < 0) named.push(code);
      });
      (Array.isArray(article.errors) ? article.errors : []).forEach(function (error) {
        var literal = normalize(error);
        if (literal.length >= 8) errors.push([n, literal]);
      });
      masks.forEach(function (mask, term) {
        if (!postings.has(term)) postings.set(term, []);
        postings.get(term).push(n, mask);
      });
    });
    // The index lists a word as its stem followed by its folded form when they differ (`ode odeme`): the stem of
    // each such content word, for synonym members whose stem is too short to be found as a prefix (ödeme → ode).
    var stemOf = new Map();
    articles.forEach(function (article) {
      FIELDS.forEach(function (field) {
        var terms = field === 'c' || typeof article[field] !== 'string' ? [] : article[field].split(/\s+/);
        for (var i = 0; i + 1 < terms.length; i += 1) {
          var stem = terms[i];
          var surface = terms[i + 1];
          if (surface.length > stem.length && surface.lastIndexOf(stem, 0) === 0 && !stemOf.has(surface)) stemOf.set(surface, stem);
        }
      });
    });
    var vocabulary = Array.from(postings.keys()).sort();
    var byFirst = new Map();
    vocabulary.forEach(function (term) {
      var first = term.charAt(0);
      if (!byFirst.has(first)) byFirst.set(first, []);
      byFirst.get(first).push(term);
    });
    var result = {
      lang: lang, articles: articles, postings: postings, vocabulary: vocabulary, byFirst: byFirst,
      stopWords: toSet((index.stopWords || []).map(function (w) { return fold(w, lang); })),
      codeOwners: codeOwners, ranges: ranges, named: named, errors: errors, stemOf: stemOf,
      synonyms: Array.isArray(index.synonyms) ? index.synonyms : [],
      // Where each synonym member of several terms stands as a phrase (SearchIndexBuilder, `phrases`); an index
      // without them matches such a member's terms anywhere in an article.
      phrases: index.phrases && typeof index.phrases === 'object' ? index.phrases : null
    };
    if (prepared) prepared.set(index, result);
    return result;
  }

  /** Damerau-Levenshtein distance of at most one (EditDistance.swift). */
  function withinOne(a, b) {
    if (a === b) return true;
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    var longer = a.length > b.length ? a : b;
    var shorter = a.length > b.length ? b : a;
    return longer.slice(i + 1) === shorter.slice(i);
  }

  /** Index terms that a query word matches, with how good the match is. */
  function matchingTerms(prep, q, isNumber, typing) {
    var found = [];
    if (prep.postings.has(q)) found.push([q, QUALITY.exact]);
    if (!isNumber) {
      // The index holds stems: a term of 4+ letters that starts the word is its stem (şablonlarınız → sablon).
      for (var length = 4; length < q.length; length += 1) {
        var stem = q.slice(0, length);
        if (prep.postings.has(stem)) found.push([stem, QUALITY.stem]);
      }
    }
    if (typing && q.length >= 2) {
      var vocabulary = prep.vocabulary;
      var low = 0;
      var high = vocabulary.length;
      while (low < high) {
        var middle = (low + high) >> 1;
        if (vocabulary[middle] < q) low = middle + 1; else high = middle;
      }
      for (var i = low; i < vocabulary.length && vocabulary[i].lastIndexOf(q, 0) === 0; i += 1) {
        if (vocabulary[i] !== q) found.push([vocabulary[i], QUALITY.typing]);
      }
    }
    if (!isNumber && !found.length && q.length >= 5) {
      // A one-letter typo; typos in the first letter are rare, so only terms sharing it are compared.
      (prep.byFirst.get(q.charAt(0)) || []).forEach(function (term) {
        if (term.length >= 4 && Math.abs(term.length - q.length) <= 1 && withinOne(q, term)) {
          found.push([term, QUALITY.typo]);
        }
      });
    }
    return found;
  }

  /** For one query word: article number → best field weight × match quality. */
  function wordHits(prep, q, isNumber, typing, weights) {
    var best = new Map();
    matchingTerms(prep, q, isNumber, typing).forEach(function (pair) {
      var list = prep.postings.get(pair[0]);
      for (var i = 0; i < list.length; i += 2) {
        var weight = 0;
        for (var bit = 0; bit < weights.length; bit += 1) {
          if ((list[i + 1] & (1 << bit)) && weights[bit] > weight) weight = weights[bit];
        }
        weight *= pair[1];
        if (weight > (best.get(list[i]) || 0)) best.set(list[i], weight);
      }
    });
    return best;
  }

  /** For a phrase of several terms: article number → its best field weight there, from the phrase postings. */
  function phraseHits(prep, terms, weights) {
    var best = new Map();
    var list = prep.phrases[terms.join(' ')] || [];
    for (var i = 0; i + 1 < list.length; i += 2) {
      var weight = 0;
      for (var bit = 0; bit < weights.length; bit += 1) {
        if ((list[i + 1] & (1 << bit)) && weights[bit] > weight) weight = weights[bit];
      }
      if (weight > (best.get(list[i]) || 0)) best.set(list[i], weight * QUALITY.exact);
    }
    return best;
  }

  /** Articles claiming `code` (`131047`, `twilio:63016`), or a range holding it. */
  function claimants(prep, code) {
    var key = String(code).toLowerCase();
    var owners = prep.codeOwners.get(key);
    if (owners && owners.length) return owners.slice();
    if (!/^[0-9]+$/.test(key)) return [];
    var number = Number(key);
    return prep.ranges.filter(function (r) { return number >= r[0] && number <= r[1]; }).map(function (r) { return r[2]; });
  }

  // ---------------------------------------------------------------------------
  // Search

  /** Codes a query names: `131047`, `#131047`, `twilio:63016`, `ycloud:TOO_MANY_REQUESTS`. */
  function queryCodes(prep, query) {
    var result = [];
    var re = /([A-Za-z0-9.]+)\s*:\s*([A-Za-z0-9_]+)|(?:^|[^0-9A-Za-z_.+-])#?([0-9]{3,7})(?![0-9A-Za-z_])/g;
    var m;
    while ((m = re.exec(query)) !== null) {
      var found = [];
      if (m[1]) {
        var provider = m[1].toLowerCase();
        found = claimants(prep, (PROVIDERS[provider] || provider) + ':' + m[2].toLowerCase());
        if (!found.length && /^[0-9]{3,7}$/.test(m[2])) found = valueClaimants(prep, m[2]);
      } else {
        found = valueClaimants(prep, m[3]);
      }
      found.forEach(function (n) { if (result.indexOf(n) < 0) result.push(n); });
    }
    return result;
  }

  /** Articles claiming a number with or without a provider: `63016` finds `twilio:63016`. */
  function valueClaimants(prep, value) {
    var found = claimants(prep, value);
    prep.codeOwners.forEach(function (owners, code) {
      if (code.length > value.length && code.slice(-value.length - 1) === ':' + value) {
        owners.forEach(function (n) { if (found.indexOf(n) < 0) found.push(n); });
      }
    });
    return found;
  }

  /**
   * Articles for a search query, best first: [{article, score}].
   * options.limit (20), options.typing (true: the last word may be unfinished).
   */
  function search(query, index, options) {
    options = options || {};
    var prep = prepare(index);
    var limit = options.limit || 20;
    // The last word is being typed unless the query ends with a space.
    var typing = options.typing !== false && !/\s$/.test(String(query || ''));
    var n = prep.articles.length;
    if (!n) return [];
    var words = [];
    var seen = new Set();
    tokenObjects(String(query || ''), prep.lang).forEach(function (t) {
      if (!seen.has(t.word) && words.length < 64) { seen.add(t.word); words.push(t); }
    });
    var content = words.filter(function (t) { return !prep.stopWords.has(t.word); });
    var used = content.length ? content : words;
    var claimed = queryCodes(prep, String(query || ''));
    if (!used.length && !claimed.length) return [];

    var scores = new Float64Array(n);
    var matched = new Uint16Array(n);
    var widened = synonymHits(prep, used, typing);
    for (var i = 0; i < used.length; i += span) {
      var t = used[i];
      var span = widened[i] ? widened[i].words : 1;
      var hits = widened[i] ? widened[i].hits : wordHits(prep, t.word, t.isNumber, typing && i === used.length - 1, SEARCH_WEIGHTS);
      if (!hits.size) continue;
      var idf = Math.log(1 + n / hits.size);
      hits.forEach(function (weight, a) { scores[a] += weight * idf; matched[a] += span; });
    }
    var candidates = [];
    var need = used.length;
    for (var a = 0; a < n; a += 1) if (matched[a] >= need && need > 0) candidates.push(a);
    // Fewer than FEW_WHOLE_MATCHES articles with every word: the best partial matches follow them, as on the command
    // line (an agent's extra word should not leave one guess). A query naming a known code is precise: no loose
    // matches around its article.
    var whole = new Set(candidates);
    if (candidates.length < FEW_WHOLE_MATCHES && used.length > 1 && !claimed.length) {
      need = Math.ceil(used.length / 2);
      for (a = 0; a < n; a += 1) if (matched[a] >= need && !whole.has(a)) candidates.push(a);
    }
    var named = new Set(words.map(function (t) { return t.word; }));
    candidates.forEach(function (c) {
      var codes = Array.isArray(prep.articles[c].codes) ? prep.articles[c].codes : [];
      var others = codes.length > 0 && codes.every(function (code) {
        var colon = String(code).indexOf(':');
        return colon > 0 && !named.has(String(code).slice(0, colon).toLowerCase());
      });
      if (others) scores[c] *= OTHER_PROVIDER_SHARE;
    });
    claimed.forEach(function (c, rank) {
      scores[c] += 1000 - rank;
      if (candidates.indexOf(c) < 0) candidates.push(c);
    });
    // The articles a named code claims first, then those with every word, then the partial matches.
    var tier = function (c) { return claimed.indexOf(c) >= 0 ? 0 : whole.has(c) ? 1 : 2; };
    candidates.sort(function (x, y) { return tier(x) - tier(y) || scores[y] - scores[x] || x - y; });
    return candidates.slice(0, limit).map(function (c) { return { article: prep.articles[c], score: scores[c] }; });
  }

  /**
   * The query's words that are members of a synonym group (index.synonyms, SynonymTable.swift), widened to
   * the group: at each word the longest member starting there (each of its terms is a word's term, or a stem
   * of 4+ letters the word starts with), and every group with a member of that length there. Returns, at the
   * member's first word, {words, hits}: article → the typed words' hits (all of them), or the best of the
   * group's other members' hits (all their terms) divided by TYPED_WORD_WEIGHT.
   */
  function synonymHits(prep, used, typing) {
    var widened = [];
    var fits = function (term, word) {
      return word === term || (term.length >= 4 && word.lastIndexOf(term, 0) === 0) || prep.stemOf.get(word) === term;
    };
    // Articles having every one of `lists` (each a Map article → weight), at their weakest weight there.
    var all = function (lists) {
      var result = lists[0];
      lists.slice(1).forEach(function (list) {
        var both = new Map();
        result.forEach(function (weight, a) { if (list.has(a)) both.set(a, Math.min(weight, list.get(a))); });
        result = both;
      });
      return result;
    };
    for (var start = 0; start < used.length; start += 1) {
      var longest = 0;
      var typedTerms = null;
      var groups = [];
      prep.synonyms.forEach(function (group, g) {
        group.forEach(function (terms) {
          if (start + terms.length > used.length) return;
          for (var j = 0; j < terms.length; j += 1) if (!fits(terms[j], used[start + j].word)) return;
          if (terms.length > longest) { longest = terms.length; typedTerms = terms; groups = [g]; }
          else if (terms.length === longest && groups.indexOf(g) < 0) groups.push(g);
        });
      });
      if (!longest) continue;
      // A member of several words is looked for as a phrase where the index has its phrase postings, as `search`
      // looks for it with NEAR (FTSQuery.phrase).
      var asPhrase = function (terms) { return terms.length > 1 && prep.phrases !== null; };
      var typed = asPhrase(typedTerms) ? [phraseHits(prep, typedTerms, SEARCH_WEIGHTS)]
        : used.slice(start, start + longest).map(function (t, j) {
          return wordHits(prep, t.word, t.isNumber, typing && start + j === used.length - 1, SEARCH_WEIGHTS);
        });
      var hits = new Map(all(typed));
      groups.forEach(function (g) {
        prep.synonyms[g].forEach(function (terms) {
          if (terms.join(' ') === typedTerms.join(' ')) return;
          // A member's terms are index terms already: only exact postings (no stems, no typos) count.
          var found = asPhrase(terms) ? phraseHits(prep, terms, SEARCH_WEIGHTS)
            : all(terms.map(function (term) { return wordHits(prep, term, true, false, SEARCH_WEIGHTS); }));
          found.forEach(function (weight, a) {
            var share = weight / TYPED_WORD_WEIGHT;
            if (share > (hits.get(a) || 0)) hits.set(a, share);
          });
        });
      });
      widened[start] = { words: longest, hits: hits };
      start += longest - 1;
    }
    return widened;
  }

  // ---------------------------------------------------------------------------
  // Paste matching: the command line's stages (Sources/FixdeskMatch, Matcher.swift), one function each under the
  // Swift stage's name. Their tables and numbers come from assets/match-rules.js (window.FIXDESK_MATCH), which the
  // site generator writes from the matcher's own constants and the content, so that the two cannot drift apart.

  /** UTF-8 length of a string: the Swift stages count bytes. */
  function utf8Length(text) {
    var length = 0;
    for (var i = 0; i < text.length; i += 1) {
      var c = text.charCodeAt(i);
      if (c < 0x80) length += 1;
      else if (c < 0x800) length += 2;
      else if (c >= 0xD800 && c <= 0xDBFF) { length += 4; i += 1; } else length += 3;
    }
    return length;
  }

  /** The first `bytes` UTF-8 bytes of `text`, at a character boundary. */
  function utf8Prefix(text, bytes) {
    if (text.length * 3 <= bytes) return text;
    var length = 0;
    for (var i = 0; i < text.length; i += 1) {
      var c = text.charCodeAt(i);
      var size = c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xD800 && c <= 0xDBFF) ? 4 : 3;
      if (length + size > bytes) return text.slice(0, i);
      length += size;
      if (size === 4) i += 1;
    }
    return text;
  }

  function asciiLowercased(text) { return text.replace(/[A-Z]+/g, function (c) { return c.toLowerCase(); }); }

  /** PasteUnescaper: undoes a logged JSON string's escapes (`\"code\": 131047`, `m\u00eddia`, `\n`). */
  var PasteUnescaper = {
    unescape: function (text) {
      if (text.indexOf('\\') < 0) return text;
      var out = '';
      var i = 0;
      while (i < text.length) {
        var c = text[i];
        if (c !== '\\' || i + 1 >= text.length) { out += c; i += 1; continue; }
        var next = text[i + 1];
        if (next === '"' || next === "'" || next === '\\' || next === '/') { out += next; i += 2; } else if (next === 'n' || next === 'r') {
          out += '\n'; i += 2;
        } else if (next === 't') { out += ' '; i += 2; } else if (next === 'u' && i + 5 < text.length && /^[0-9A-Fa-f]{4}$/.test(text.substr(i + 2, 4))) {
          var high = parseInt(text.substr(i + 2, 4), 16);
          var low = i + 11 < text.length && text.substr(i + 6, 2) === '\\u' && /^[0-9A-Fa-f]{4}$/.test(text.substr(i + 8, 4))
            ? parseInt(text.substr(i + 8, 4), 16) : -1;
          if (high >= 0xD800 && high <= 0xDBFF && low >= 0xDC00 && low <= 0xDFFF) {
            out += String.fromCharCode(high, low); i += 12;
          } else if (high >= 0xD800 && high <= 0xDFFF) { out += c; i += 1; } else { out += String.fromCharCode(high); i += 6; }
        } else { out += c; i += 1; }
      }
      return out;
    }
  };

  /** ProviderNames: the names a paste may call a provider by, longest first, and their namespaces. */
  function ProviderNames(entries) { this.entries = entries || []; }
  ProviderNames.prototype.namespace = function (token) {
    var lowered = String(token).toLowerCase();
    for (var i = 0; i < this.entries.length; i += 1) if (this.entries[i][0] === lowered) return this.entries[i][1];
    return null;
  };
  /** The namespaces named anywhere in `lowered`, in the order they first appear. */
  ProviderNames.prototype.namespacesIn = function (lowered) {
    var found = [];
    this.entries.forEach(function (entry) {
      var offset = lowered.indexOf(entry[0]);
      if (offset < 0 || found.some(function (f) { return f.namespace === entry[1]; })) return;
      found.push({ offset: offset, namespace: entry[1] });
    });
    found.sort(function (a, b) { return a.offset - b.offset || (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0); });
    return found.map(function (f) { return f.namespace; });
  };

  function isWordByte(c) { return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128; }

  /** PasteSubject: where a paste comes from, read off the words that name products (`_site.yml`). */
  function PasteSubject(lowered, markers, providers) {
    var names = function (words) { return (words || []).some(function (w) { return PasteSubject.containsWord(w, lowered); }); };
    this.namesProduct = names(markers.subject);
    this.namesProvider = names(providers.entries.map(function (e) { return e[0]; }));
    this.namesSubject = this.namesProduct || this.namesProvider;
    this.namesPlatform = names(markers.platform);
    this.namesOtherProduct = names(markers.otherProducts);
    this.isSuccessReport = PasteSubject.isSuccessReport(lowered);
    this.isMailReply = PasteSubject.containsMailReply(lowered);
    this.isElsewhere = ((this.namesOtherProduct || this.isMailReply) && !this.namesSubject) || this.isSuccessReport;
    // A provider beside another of its channels and no word of the product: only the provider's own codes count.
    this.isProvidersOtherChannel = this.namesOtherProduct && this.namesProvider && !this.namesProduct && !this.isElsewhere;
    this.placesShortCodes = this.namesSubject || this.namesPlatform;
  }
  PasteSubject.containsWord = function (word, text) { return containsWhole(text, word, isWordByte); };
  /** An SMTP reply code with its enhanced status code, `550 5.1.1` (PasteSubject.swift). */
  PasteSubject.containsMailReply = function (lowered) {
    return /(^|[^a-z0-9\u0080-\uffff])[245][0-9][0-9][ -][245]\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9])/.test(lowered);
  };
  PasteSubject.isSuccessReport = function (lowered) {
    if (lowered.indexOf('"statuses"') < 0 || lowered.indexOf('error') >= 0 || lowered.indexOf('failed') >= 0) return false;
    return ['delivered', 'read', 'sent'].some(function (s) { return lowered.indexOf('"' + s + '"') >= 0; });
  };

  function isDigit(c) { return c >= 48 && c <= 57; }
  function isTokenChar(c) { return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95; }
  /** `needle` in `text` with no character of a word (as `isWord` says) right before or after it (ByteSearch.containsWhole). */
  function containsWhole(text, needle, isWord) {
    if (!needle) return false;
    for (var at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      var end = at + needle.length;
      if ((at === 0 || !isWord(text.charCodeAt(at - 1))) && (end >= text.length || !isWord(text.charCodeAt(end)))) return true;
    }
    return false;
  }
  /** `token` in `text` with no letter, digit or `_` right before or after it (ByteSearch.containsToken). */
  function containsToken(text, token) { return containsWhole(text, token, isTokenChar); }
  function isIdentifier(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128; }
  function codeAt(s, i) { return i >= 0 && i < s.length ? s.charCodeAt(i) : 32; }
  function inChars(s, i, chars) { return i >= 0 && i < s.length && chars.indexOf(s[i]) >= 0; }

  /** CodeExtractor: every number of a paste that may be an error code, with its context (CodeMention). */
  function CodeExtractor(rules, providers) {
    this.rules = rules;
    this.providers = providers;
    this.codeKeys = toSet(rules.codeKeys);
    this.metaSegments = toSet(rules.metaSegments);
  }

  CodeExtractor.prototype.mention = function (value, provider, context, offset, extra) {
    var m = { value: value, provider: provider || null, context: context, offset: offset,
      strength: this.rules.strengths[context], isSubcode: false, path: null };
    if (extra) Object.keys(extra).forEach(function (k) { m[k] = extra[k]; });
    return m;
  };

  CodeExtractor.prototype.mentions = function (text) {
    var s = String(text);
    var bare = this.bareCodes(s);
    if (bare) return bare;
    var result = [];
    var i = 0;
    while (i < s.length) {
      if (!isDigit(s.charCodeAt(i))) { i += 1; continue; }
      var start = i;
      var digits = '';
      // Digits may be grouped with underscores, as in 131_047.
      while (i < s.length) {
        var c = s.charCodeAt(i);
        if (isDigit(c)) digits += s[i];
        else if (c !== 95 || i + 1 >= s.length || !isDigit(s.charCodeAt(i + 1))) break;
        i += 1;
      }
      var found = this.classify(s, start, i, digits);
      if (found) result.push(found);
    }
    return result;
  };

  /** A short paste of nothing but codes: `131047`, `#131047`, `twilio:63016`, `63024:`, `131047 132015`. */
  CodeExtractor.prototype.bareCodes = function (s) {
    var first = s.search(/[^ \t\n\r]/);
    if (first < 0) return null;
    var trimmed = s.replace(/[ \t\n\r]+$/, '');
    var text = trimmed.slice(first);
    if (utf8Length(text) - 1 >= this.rules.bareListLength) return null;
    var tokens = text.split(/[ \t\n\r,;]+/).filter(function (t) { return t.length; });
    var result = [];
    var shortest = tokens.length === 1 ? 1 : 3;
    var namedProvider = null;
    var at = 0;
    for (var n = 0; n < tokens.length; n += 1) {
      var token = tokens[n];
      var tokenStart = text.indexOf(token, at);
      at = tokenStart + token.length;
      var body = token.replace(/^[#(['"]+/, '');
      var bodyStart = tokenStart + token.length - body.length;
      body = body.replace(/[:.)\]'"]+$/, '');
      var name = this.providers.namespace(body);
      if (name) { namedProvider = name; continue; }
      var provider = namedProvider;
      var colon = body.lastIndexOf(':');
      if (colon >= 0) {
        var named = this.providers.namespace(body.slice(0, colon));
        if (named) {
          provider = named;
          var rest = body.slice(colon + 1);
          var value = rest.replace(/^#+/, '');
          bodyStart += colon + 1 + rest.length - value.length;
          body = value;
        }
      }
      if (body.length < shortest || body.length > this.rules.maximumDigits || !/^[0-9]+$/.test(body)) return null;
      result.push(this.mention(body, provider, 'bare', first + bodyStart));
    }
    return result.length ? result : null;
  };

  CodeExtractor.prototype.classify = function (s, start, end, value) {
    if (value.length > this.rules.maximumDigits) return null;
    var before = codeAt(s, start - 1);
    var after = codeAt(s, end);
    // A letter, `_` or non-ASCII character glued to the number makes it part of a word; ’ (U+2019) may start a suffix.
    // A table's cells copied without a space between them run a code into a capitalized word: "131021Unable…".
    var runsIntoWord = after >= 65 && after <= 90 && codeAt(s, end + 1) >= 97 && codeAt(s, end + 1) <= 122;
    if (isIdentifier(before) || (isIdentifier(after) && !(after >= 0x2000 && after <= 0x2FFF) && !runsIntoWord)) return null;
    if (before === 43) return null; // +90…: a phone number
    // Parts of 12.50, 10:30, 2026-11-25, 1.2.3, 12/05: not codes.
    var joiners = [46, 58, 45, 47, 44];
    if ((joiners.indexOf(before) >= 0 && isDigit(codeAt(s, start - 2))) ||
        (joiners.indexOf(after) >= 0 && isDigit(codeAt(s, end + 1)))) return null;
    var provider = this.providerBefore(s, start);
    if (before === 35) {
      return this.mention(value, provider, codeAt(s, start - 2) === 40 ? 'hashInParentheses' : 'hash', start);
    }
    var key = this.keyBefore(s, start);
    if (key !== null) {
      var name = key.toLowerCase();
      if (this.codeKeys.has(name) || this.rules.codeWords.indexOf(name) >= 0 || /(error_code|errorcode)$/.test(name)) {
        return this.mention(value, provider, 'key', start, { path: this.keyPath(s, start, key), isSubcode: name.indexOf('sub') >= 0 });
      }
    }
    var word = this.codeWordBefore(s, start);
    if (word) return this.mention(value, provider, 'keyword', start, { word: word });
    var namespace = this.namespaceBefore(s, start);
    if (namespace) return this.mention(value, namespace.provider || provider, 'keyword', start, { word: namespace.segment });
    if (startsLine(s, start) && isFollowedBySeparator(s, end)) return this.mention(value, provider, 'lineStart', start);
    if (key !== null) return null; // "id": 123, "timestamp": "…", "status": 400: not codes
    // Groups of a spaced phone number (0532 123 45 67).
    if ((before === 32 && start >= 2 && isDigit(codeAt(s, start - 2))) || (after === 32 && isDigit(codeAt(s, end + 1)))) return null;
    return this.mention(value, provider, 'freeText', start);
  };

  /** The key right before a value: `"code": `, `'code':`, `code=`, `code: "`. */
  CodeExtractor.prototype.keyBefore = function (s, start) {
    var i = start - 1;
    while (inChars(s, i, ' "\'\t')) i -= 1;
    if (i < 0 || (s[i] !== ':' && s[i] !== '=')) return null;
    i -= 1;
    while (inChars(s, i, ' "\'\t')) i -= 1;
    var keyEnd = i + 1;
    while (i >= 0 && (isIdentifier(s.charCodeAt(i)) || s[i] === '-')) i -= 1;
    return keyEnd - (i + 1) > 0 ? s.slice(i + 1, keyEnd) : null;
  };

  /** `error.code` for `{"error": {"code": …`, `errors[].code` inside an array of objects. */
  CodeExtractor.prototype.keyPath = function (s, keyEnd, key) {
    var depth = 0;
    for (var i = keyEnd - 1, limit = 2000; i >= 0 && limit > 0; i -= 1, limit -= 1) {
      var c = s[i];
      if (c === '}' || c === ']') depth += 1;
      else if (c === '{' || c === '[') {
        if (depth === 0) {
          var cursor = i - 1;
          while (inChars(s, cursor, ' \n\r\t')) cursor -= 1;
          var inArray = false;
          if (c === '{' && cursor >= 0 && s[cursor] === '[') {
            inArray = true;
            cursor -= 1;
            while (inChars(s, cursor, ' \n\r\t')) cursor -= 1;
          }
          var parent = this.keyBefore(s, cursor + 1);
          return parent !== null ? parent + (inArray ? '[].' : '.') + key : key;
        }
        depth -= 1;
      }
    }
    return key;
  };

  CodeExtractor.prototype.codeWordBefore = function (s, start) {
    var i = start - 1;
    while (inChars(s, i, ' :-([\t"\'=#')) i -= 1;
    var end = i + 1;
    if (end <= 0 || end >= start || !isIdentifier(s.charCodeAt(end - 1))) return null;
    var window = s.slice(Math.max(0, end - 20), end).toLowerCase();
    var words = this.rules.codeWords;
    for (var n = 0; n < words.length; n += 1) {
      var word = words[n];
      if (window.length >= word.length && window.slice(window.length - word.length) === word) {
        var boundary = window.charAt(window.length - word.length - 1);
        if (!boundary || !LETTER_OR_DIGIT.test(boundary)) return word;
      }
    }
    return null;
  };

  /** `whatsapp::external::1013`, `twilio/63016`: the number after a path naming Meta's API or a provider. */
  CodeExtractor.prototype.namespaceBefore = function (s, start) {
    var i = start - 1;
    var separators = 0;
    while (inChars(s, i, ':/.')) { i -= 1; separators += 1; }
    if (!separators) return null;
    var pathEnd = i + 1;
    while (i >= 0 && (isIdentifier(s.charCodeAt(i)) || ':/.-'.indexOf(s[i]) >= 0) && pathEnd - i < 64) i -= 1;
    var segments = s.slice(i + 1, pathEnd).toLowerCase().split(/[:/.]/).filter(function (x) { return x.length; });
    for (var n = segments.length - 1; n >= 0; n -= 1) {
      var provider = this.providers.namespace(segments[n]);
      if (provider) return { segment: segments[n], provider: provider };
      if (this.metaSegments.has(segments[n])) return { segment: segments[n], provider: null };
    }
    return null;
  };

  CodeExtractor.prototype.providerBefore = function (s, start) {
    var window = s.slice(Math.max(0, start - 24), start);
    if (!/[A-Za-z]/.test(window)) return null;
    var found = this.providers.namespacesIn(asciiLowercased(window));
    return found.length ? found[found.length - 1] : null;
  };

  /** Only spaces, quotes, backticks, `|`, `*`, `-` or `>` stand between the line's start and `start`. */
  function startsLine(s, start) {
    var i = start - 1;
    while (inChars(s, i, ' \t"\'`|*->')) i -= 1;
    return i < 0 || s[i] === '\n' || s[i] === '\r';
  }

  /** `:`, `|`, `,` right after (a closing quote or backtick and spaces may come first), or ` - ` / ` – `. */
  function isFollowedBySeparator(s, end) {
    var i = end;
    while (inChars(s, i, ' \t"\'`')) i += 1;
    if (i >= s.length) return false;
    if (':|,'.indexOf(s[i]) >= 0) return true;
    return (s[i] === '-' || s[i] === '\u2013') && s[i + 1] === ' ' && i > end;
  }

  /** CodeCatalog: the catalog's codes, arranged for the lookups a paste's mentions need. */
  function CodeCatalog(prep) {
    this.prep = prep;
    var byValue = new Map();
    var named = [];
    var namespaces = [];
    Array.from(prep.codeOwners.keys()).sort().forEach(function (code) {
      var colon = code.indexOf(':');
      var value = code.slice(colon + 1);
      if (colon >= 0) {
        if (!byValue.has(value)) byValue.set(value, []);
        byValue.get(value).push(code);
        if (namespaces.indexOf(code.slice(0, colon)) < 0) namespaces.push(code.slice(0, colon));
      }
      if (/[a-z]/.test(value) && value.length >= 6) named.push(code);
    });
    this.providerCodesByValue = byValue;
    this.named = named;
    this.namespaces = namespaces;
  }
  CodeCatalog.prototype.contains = function (code) { return this.prep.codeOwners.has(code); };
  CodeCatalog.prototype.isInRange = function (number) {
    return this.prep.ranges.some(function (r) { return number >= r[0] && number <= r[1]; });
  };

  /** CodeResolver: the numbers of a paste turned into catalog codes, resolved against the namespaces. */
  function CodeResolver(catalog, rules) {
    this.catalog = catalog;
    this.rules = rules;
    this.tuning = rules.tuning;
    var known = rules.providers.map(function (e) { return e[1]; });
    var entries = rules.providers.slice();
    catalog.namespaces.forEach(function (ns) { if (known.indexOf(ns) < 0) entries.push([ns, ns]); });
    this.providers = new ProviderNames(entries);
  }

  /** A short paste of nothing but a code and the words that name one ("Error code: 3", "hata kodu 192"). */
  CodeResolver.prototype.isTypedCode = function (text) {
    if (utf8Length(text) > this.tuning.typedCodeLength * 4 || utf8Length(text.trim()) > this.tuning.typedCodeLength) return false;
    var parts = [];
    this.rules.codeWords.forEach(function (w) { w.split(' ').forEach(function (p) { parts.push(p); }); });
    return text.toLowerCase().split(NON_LETTER_RE).filter(function (w) { return w.length; })
      .every(function (w) { return parts.indexOf(w) >= 0; });
  };

  /** A catalog code, or { unplaced: code } for a short code the paste does not place (CodeResolver.swift), or null. */
  CodeResolver.prototype.resolveMention = function (m, providersInPaste, placesShortCodes) {
    var T = this.tuning;
    var catalog = this.catalog;
    var value = m.value;
    var providers = m.provider ? [m.provider] : providersInPaste;
    for (var i = 0; i < providers.length; i += 1) {
      if (catalog.contains(providers[i] + ':' + value)) return providers[i] + ':' + value;
    }
    var isFreeText = m.context === 'freeText';
    if (catalog.contains(value)) {
      if (isFreeText) return value.length >= T.freeTextDigits ? value : null;
      // `#100` and `(#100)` are how Graph writes its own codes.
      var graphStyle = m.context === 'hash' || m.context === 'hashInParentheses';
      if (value.length >= T.placedCodeDigits || m.context === 'bare' || graphStyle || placesShortCodes) return value;
      // Only a label (`410 – …`) is worth a second look; after "error" a short number is an HTTP status as often.
      return m.context === 'lineStart' ? { unplaced: value } : null;
    }
    var minimum = isFreeText ? T.freeTextDigits : T.unnamedProviderDigits;
    var owners = value.length >= minimum ? catalog.providerCodesByValue.get(value) || [] : [];
    if (owners.length === 1) return owners[0];
    if (!isFreeText && m.context === 'key' && catalog.isInRange(Number(value))) return value;
    return null;
  };

  /** { hits: [{code, mention}] strongest first, unplaced: [{code, mention}], namesUnknownError }. */
  CodeResolver.prototype.resolve = function (text, loweredHead, subject) {
    var self = this;
    var mentions = new CodeExtractor(this.rules, this.providers).mentions(text);
    var providersInPaste = this.providers.namespacesIn(loweredHead);
    var placed = this.isTypedCode(text) || subject.placesShortCodes;
    var hits = [];
    var unplaced = [];
    var unknownSubcodes = [];
    mentions.forEach(function (m) {
      var code = self.resolveMention(m, providersInPaste, placed);
      if (code && code.unplaced) unplaced.push({ code: code.unplaced, mention: m });
      else if (code) hits.push({ code: code, mention: m });
      else if (m.context === 'key' && m.isSubcode && m.value !== '0') unknownSubcodes.push(m.offset);
    });
    this.catalog.named.forEach(function (code) {
      var colon = code.indexOf(':');
      var value = code.slice(colon + 1);
      // Named codes are lowercased (`ycloud:balance_insufficient`); pastes write them in capitals, as whole tokens.
      // Many are also HTTP reason phrases (`UNAUTHORIZED`): one counts only where the paste names its provider.
      if ((colon < 0 || providersInPaste.indexOf(code.slice(0, colon)) >= 0) && containsToken(loweredHead, value)) {
        hits.push({ code: code, mention: { value: value, provider: colon >= 0 ? code.slice(0, colon) : null, context: 'named',
          offset: 0, strength: self.rules.strengths.named, isSubcode: false, path: null } });
      }
    });
    // A subcode is the specific error; its parent code only restates the family.
    var subcodes = hits.filter(function (h) { return h.mention.isSubcode; }).map(function (h) { return h.mention.offset; })
      .concat(unknownSubcodes);
    var reach = this.tuning.subcodeReach;
    hits = hits.filter(function (h) {
      var c = h.mention.context;
      var restates = (c === 'key' && !h.mention.isSubcode) || c === 'hash' || c === 'hashInParentheses';
      return !restates || !subcodes.some(function (o) { return Math.abs(o - h.mention.offset) < reach; });
    });
    var best = new Map();
    hits.forEach(function (h) {
      var current = best.get(h.code);
      if (!current || current.mention.strength < h.mention.strength) best.set(h.code, h);
    });
    var sorted = Array.from(best.values()).sort(function (x, y) {
      return y.mention.strength - x.mention.strength || x.mention.offset - y.mention.offset;
    });
    var unknown = !sorted.length && mentions.some(function (m) {
      return m.context !== 'freeText' && m.value.length >= self.tuning.unknownCodeDigits;
    });
    return { hits: sorted, unplaced: sorted.length ? [] : unplaced, namesUnknownError: unknown };
  };

  /** PasteCleaner: URLs, `wamid.…` ids, e-mail addresses and words mixing letters and digits removed. */
  var PasteCleaner = {
    noise: new RegExp([
      'https?://\\S{1,2000}', 'www\\.\\S{1,2000}', 'wamid\\.[A-Za-z0-9=_\\-+/]{1,400}',
      '[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.]{1,63}',
      '\\b(?=[A-Za-z_\\-]{0,80}\\d)(?=\\d{0,80}[A-Za-z])[A-Za-z0-9_\\-]{6,200}\\b'
    ].join('|'), 'g'),
    clean: function (text) { return String(text).replace(PasteCleaner.noise, ' '); }
  };

  /** PasteTranslation: a paste in a language without articles, read through that language's lexicon. */
  var PasteTranslation = {
    english: function (text, lexicons, rules) {
      if (!lexicons || !lexicons.length) return null;
      var words = String(text).split(NON_WORD_RE).filter(function (w) { return w.length; }).map(function (w) { return w.toLowerCase(); });
      var letterWords = words.filter(function (w) { return ALPHA.test.test(w); });
      if (!letterWords.length) return null;
      var best = null;
      lexicons.forEach(function (lexicon) {
        var table = lexiconTable(lexicon);
        var known = letterWords.filter(function (w) { return table.has(w); }).length;
        if (known > (best ? best.known : 0)) best = { table: table, known: known };
      });
      if (!best || best.known < rules.translationWords || best.known / letterWords.length < rules.translationShare) return null;
      return {
        text: words.map(function (w) { return best.table.get(w) || w; }).join(' '),
        untranslated: words.filter(function (w) { return !best.table.has(w); })
      };
    }
  };
  var lexiconTables = typeof WeakMap === 'function' ? new WeakMap() : null;
  function lexiconTable(lexicon) {
    if (lexiconTables && lexiconTables.has(lexicon)) return lexiconTables.get(lexicon);
    var table = new Map();
    String(lexicon.table || '').split('\n').forEach(function (line) {
      var tab = line.indexOf('\t');
      if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1));
    });
    if (lexiconTables) lexiconTables.set(lexicon, table);
    return table;
  }

  /** SynonymExpansion: for each group (`synonyms` in every language's _strings.yml) the paste has a member of, the others. */
  var SynonymExpansion = {
    expansions: function (normalizedPaste, synonyms, languages) {
      var result = [];
      languages.forEach(function (lang) {
        (synonyms[lang] || []).forEach(function (group) {
          var found = -1;
          for (var i = 0; i < group.length && found < 0; i += 1) if (normalizedPaste.indexOf(' ' + group[i] + ' ') >= 0) found = i;
          if (found < 0) return;
          group.forEach(function (member, i) { if (i !== found && result.indexOf(member) < 0) result.push(member); });
        });
      });
      return result;
    }
  };

  /** What the matcher reads of the index, prepared once per index and rules: rows, vocabulary, stems. */
  var matchPrepared = typeof WeakMap === 'function' ? new WeakMap() : null;
  function prepareMatch(index, rules) {
    var cache = matchPrepared && matchPrepared.get(index);
    if (cache && cache.rules === rules) return cache;
    var prep = prepare(index);
    var ids = new Set(prep.articles.map(function (a) { return a.id; }));
    var profiles = (rules.profiles || []).filter(function (p) { return ids.has(p.id); });
    var profiled = new Set(profiles.map(function (p) { return p.id; }));
    // An index the rules do not describe (a hand-made or older one) is read as its own profiles.
    if (profiled.size < ids.size) profiles = prep.articles.map(function (a) { return profileOf(a, prep); });
    var order = rules.languages || [];
    var rows = profiles.map(function (p, row) {
      var columns = p.columns.map(function (c) { return c ? c.split(' ') : []; });
      var errors = p.errors.map(function (e) {
        var tab = e.indexOf('\t');
        var terms = e.slice(tab + 1);
        return { literal: e.slice(0, tab), terms: terms ? terms.split(' ') : [] };
      });
      // Each term's occurrences weighted by their columns' bm25 weights, as FTS5 counts a phrase's instances.
      var frequencies = new Map();
      columns.forEach(function (column, c) {
        column.forEach(function (t) { if (t) frequencies.set(t, (frequencies.get(t) || 0) + COLUMN_WEIGHTS[c]); });
      });
      return { id: p.id, lang: p.lang, row: row, title: p.title, errors: errors, columns: columns, frequencies: frequencies,
        padded: [0, 1, 3, 4].map(function (c) { return ' ' + p.columns[c] + ' '; }),
        length: columns.reduce(function (sum, c) { return sum + c.length; }, 0) };
    });
    var df = new Map();
    rows.forEach(function (r) {
      var seen = new Set();
      r.columns.forEach(function (c) { c.forEach(function (t) { if (t && !seen.has(t)) { seen.add(t); df.set(t, (df.get(t) || 0) + 1); } }); });
    });
    var byID = new Map();
    rows.forEach(function (r) { if (!byID.has(r.id)) byID.set(r.id, []); byID.get(r.id).push(r); });
    byID.forEach(function (list) {
      list.sort(function (a, b) { return order.indexOf(a.lang) - order.indexOf(b.lang); });
    });
    var stems = {};
    Object.keys(rules.stems || {}).forEach(function (lang) {
      var table = new Map();
      String(rules.stems[lang]).split('\n').forEach(function (line) {
        var tab = line.indexOf('\t');
        if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1));
      });
      stems[lang] = table;
    });
    var byNumber = new Map();
    prep.articles.forEach(function (a, n) { byNumber.set(a.id, n); });
    var result = {
      rules: rules, prep: prep, rows: rows, df: df, byID: byID, byNumber: byNumber, stems: stems,
      languages: order.length ? order : [prep.lang],
      stopWords: {}, catalog: new CodeCatalog(prep),
      averageLength: rows.length ? rows.reduce(function (sum, r) { return sum + r.length; }, 0) / rows.length : 1,
      vocabularyByFirst: null
    };
    result.languages.forEach(function (lang) {
      result.stopWords[lang] = rules.stopWords && rules.stopWords[lang] ? toSet(rules.stopWords[lang]) : prep.stopWords;
    });
    result.resolver = new CodeResolver(result.catalog, rules);
    if (matchPrepared) matchPrepared.set(index, result);
    return result;
  }

  /** A search-index entry as a match profile: its own fields, its words as terms. */
  function profileOf(article, prep) {
    var field = function (name) { return typeof article[name] === 'string' ? article[name] : ''; };
    var plain = function (text) {
      return tokenize(text, prep.lang).filter(function (w) { return !prep.stopWords.has(w); });
    };
    var codes = [];
    (article.codes || []).forEach(function (code) {
      String(code).toLowerCase().split(':').forEach(function (part) { codes.push(part); });
    });
    return {
      id: article.id, lang: prep.lang, title: plain(article.title || ''),
      errors: (article.errors || []).map(function (e) {
        return normalize(e) + '\t' + plain(e).filter(function (w) { return !/^[0-9]+$/.test(w); }).join(' ');
      }),
      columns: [field('t'), field('e'), codes.join(' '), field('s'), (field('k') + ' ' + field('b')).trim()]
    };
  }

  /**
   * The stem a site language gives a word (lowercased as that language does): the content's stem table has every
   * word of the content whose stem differs from the word folded; any other word is its own term, as for a word no
   * article has the stem would meet nothing either.
   */
  function stemOf(match, lang, lowered) {
    var table = match.stems[lang];
    return table && table.has(lowered) ? table.get(lowered) : foldLowered(lowered);
  }

  /** AnalyzerSet.alternatives: per word its surface, each language's term and whether any language drops it. */
  function alternatives(match, text) {
    var words = [];
    match.languages.forEach(function (lang, position) {
      var tokens = [];
      var token;
      TOKEN_RE.lastIndex = 0;
      while ((token = TOKEN_RE.exec(text)) !== null) tokens.push(token[1]);
      tokens.forEach(function (raw, i) {
        var lowered = lowercase(raw, lang);
        var isNumber = /^[0-9]+$/.test(raw);
        if (position === 0) words.push({ surface: foldLowered(lowered), terms: [], stems: {}, isNumber: isNumber, isStopWord: false });
        var word = words[i];
        if (!word) return;
        var folded = foldLowered(lowered);
        var term = isNumber ? raw : match.stopWords[lang].has(folded) ? null : stemOf(match, lang, lowered);
        if (term === null) { word.isStopWord = true; return; }
        word.stems[lang] = term;
        if (word.terms.indexOf(term) < 0) word.terms.push(term);
      });
    });
    words.forEach(function (w) { if (!w.isStopWord && w.terms.indexOf(w.surface) < 0) w.terms.push(w.surface); });
    return words;
  }

  /** TextEvidence: the paste's words per language, candidate articles and the words' rarity. */
  function TextEvidence(paste, match, subjectIsNamed) {
    var rules = match.rules;
    var T = rules.tuning;
    var structural = toSet(rules.structuralWords);
    this.match = match;
    this.subjectIsNamed = subjectIsNamed;
    this.articleCount = Math.max(match.rows.length, 1);
    var cleaned = PasteCleaner.clean(utf8Prefix(paste, rules.analysedBytes));
    this.normalizedPaste = ' ' + normalize(cleaned) + ' ';
    var reading = PasteTranslation.english(cleaned, rules.lexicons, rules);
    var text = reading ? reading.text : cleaned;
    this.untranslated = toSet((reading ? reading.untranslated : []).map(normalize));
    var words = alternatives(match, text);
    var informative = function (w) { return !w.isStopWord && !w.isNumber && w.surface.length >= 2 && !structural.has(w.surface); };
    this.informative = words.filter(informative);
    var seenNumbers = new Set();
    this.shortNumbers = words.filter(function (w) {
      if (!w.isNumber || w.surface.length > T['tellingNumber.digits'] || seenNumbers.has(w.surface)) return false;
      seenNumbers.add(w.surface);
      return true;
    }).slice(0, T['tellingNumber.most']);
    var synonyms = SynonymExpansion.expansions(' ' + normalize(text) + ' ', rules.synonyms || {}, match.languages.slice().sort());
    this.synonymWords = synonyms.length ? alternatives(match, synonyms.join('\n')).filter(informative) : [];
    var self = this;
    this.terms = {};
    this.bigrams = {};
    this.letterTerms = {};
    match.languages.forEach(function (lang) {
      var sequence = words.filter(function (w) { return !w.isNumber && w.stems[lang] !== undefined; }).map(function (w) { return w.stems[lang]; });
      self.terms[lang] = toSet(sequence);
      self.letterTerms[lang] = Array.from(self.terms[lang]).sort();
      var pairs = new Set();
      for (var i = 0; i + 1 < sequence.length; i += 1) pairs.add(sequence[i] + ' ' + sequence[i + 1]);
      self.bigrams[lang] = pairs;
    });
    var most = this.articleCount * T['tellingNumber.share'];
    this.telling = this.shortNumbers.filter(function (w) {
      return w.terms.some(function (t) { var f = match.df.get(t) || 0; return f > 0 && f <= most; });
    });
  }

  /** log(1 + N/df): rare terms weigh more; a term no article has weighs 1. */
  TextEvidence.prototype.weight = function (term) {
    var f = this.match.df.get(term) || 0;
    return f === 0 ? 1 : Math.log(1 + this.articleCount / f);
  };

  /** Up to three indexed terms a single typo away from a word no article has, commonest first. */
  TextEvidence.prototype.typoCorrections = function (surface, known) {
    var df = this.match.df;
    if (known.some(function (t) { return (df.get(t) || 0) > 0; })) return [];
    var match = this.match;
    if (!match.vocabularyByFirst) {
      var byFirst = new Map();
      df.forEach(function (count, term) {
        var first = String.fromCodePoint(term.codePointAt(0));
        if (!byFirst.has(first)) byFirst.set(first, []);
        byFirst.get(first).push(term);
      });
      byFirst.forEach(function (list) {
        list.sort(function (a, b) { return df.get(b) - df.get(a) || (a < b ? -1 : a > b ? 1 : 0); });
      });
      match.vocabularyByFirst = byFirst;
    }
    var letters = Array.from(surface);
    var result = [];
    var list = match.vocabularyByFirst.get(String.fromCodePoint(surface.codePointAt(0))) || [];
    for (var i = 0; i < list.length && result.length < 3; i += 1) {
      var other = Array.from(list[i]);
      if (Math.abs(other.length - letters.length) <= 1 && withinOne(surface, list[i])) result.push(list[i]);
    }
    return result;
  };

  /** The ids of the articles whose rows FTS5's bm25 ranks first for the paste's words (any of them). */
  TextEvidence.prototype.candidateIDs = function (limit) {
    var self = this;
    var groups = [];
    var seen = new Set();
    for (var i = 0; i < this.informative.length; i += 1) {
      var word = this.informative[i];
      if (seen.has(word.surface)) continue;
      seen.add(word.surface);
      var terms = word.terms.slice();
      if (Array.from(word.surface).length >= 5 && groups.length < 24) terms = terms.concat(this.typoCorrections(word.surface, terms));
      groups.push(terms);
      if (groups.length === 48) break;
    }
    this.telling.forEach(function (w) { if (!seen.has(w.surface)) { seen.add(w.surface); groups.push(w.terms); } });
    this.synonymWords.forEach(function (w) {
      if (groups.length < 64 && !seen.has(w.surface)) { seen.add(w.surface); groups.push(w.terms); }
    });
    var rows = bm25Rows(this.match, [].concat.apply([], groups), limit * 2);
    var ids = [];
    rows.forEach(function (row) { if (ids.length < limit && ids.indexOf(row.id) < 0) ids.push(row.id); });
    return ids;
  };

  /** FTS5's bm25 (k1 1.2, b 0.75, IndexSchema's column weights) over the rows holding any of `phrases`. */
  var COLUMN_WEIGHTS = [10, 6, 8, 3, 1];
  function bm25Rows(match, phrases, limit) {
    var n = match.rows.length;
    var scored = [];
    var idf = phrases.map(function (t) {
      var hits = match.df.get(t) || 0;
      var value = Math.log((n - hits + 0.5) / (hits + 0.5));
      return value <= 0 ? 1e-6 : value;
    });
    match.rows.forEach(function (row) {
      var score = 0;
      var any = false;
      phrases.forEach(function (term, p) {
        var frequency = row.frequencies.get(term);
        if (!frequency) return;
        any = true;
        score += idf[p] * (frequency * 2.2) / (frequency + 1.2 * (0.25 + 0.75 * row.length / match.averageLength));
      });
      if (any) scored.push({ id: row.id, row: row.row, score: score });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.row - b.row; });
    return scored.slice(0, limit);
  }

  /** The paste's meaningful words as the terms of one language, each once, with weights and surfaces. */
  TextEvidence.prototype.wanted = function (lang) {
    if (!this.wantedByLanguage) this.wantedByLanguage = {};
    if (this.wantedByLanguage[lang]) return this.wantedByLanguage[lang];
    var self = this;
    var wanted = { terms: [], surfaces: [], weights: [], synonyms: [] };
    var seen = new Set();
    this.informative.concat(this.telling).forEach(function (w) {
      var term = w.stems[lang];
      if (term === undefined || seen.has(term) || wanted.terms.length >= 200) return;
      seen.add(term);
      wanted.terms.push(term);
      wanted.surfaces.push(w.surface);
      wanted.weights.push(self.weight(term));
    });
    this.synonymWords.forEach(function (w) {
      var term = w.stems[lang];
      if (term === undefined || seen.has(term) || wanted.synonyms.length >= 100) return;
      seen.add(term);
      wanted.synonyms.push({ term: term, weight: self.weight(term) });
    });
    this.wantedByLanguage[lang] = wanted;
    return wanted;
  };

  /** The share of the paste's meaningful words that no article has, in any language. */
  TextEvidence.prototype.unknownWordShare = function () {
    var df = this.match.df;
    var self = this;
    var seen = new Set();
    var candidates = [];
    this.informative.forEach(function (w) {
      if (self.untranslated.has(w.surface) || seen.has(w.surface) || candidates.length >= 200) return;
      seen.add(w.surface);
      var stems = Object.keys(w.stems).map(function (l) { return w.stems[l]; });
      if (stems.length) candidates.push(stems.concat([w.surface]));
    });
    if (!candidates.length) return 0;
    var known = candidates.filter(function (c) { return c.some(function (t) { return (df.get(t) || 0) > 0; }); }).length;
    return (candidates.length - known) / candidates.length;
  };

  /** ArticleScorer: the error-text, title and word scores of every translation of an article, into `evidence`. */
  TextEvidence.prototype.score = function (rows, evidence) {
    var self = this;
    rows.forEach(function (row) {
      var lang = row.lang;
      if (!self.terms[lang]) return;
      row.errors.forEach(function (error) {
        var score = self.errorScore(error.literal, error.terms, lang);
        if (score > evidence.errorScore) { evidence.errorScore = score; evidence.errorText = error.literal; }
      });
      var titleTerms = toSet(row.title);
      if (titleTerms.size) {
        var covered = 0;
        titleTerms.forEach(function (t) { if (self.terms[lang].has(t)) covered += 1; });
        evidence.titleCoverage = Math.max(evidence.titleCoverage, covered / titleTerms.size);
      }
      var words = self.wordScore(row, lang);
      if (words.score > evidence.textScore) {
        evidence.textScore = words.score;
        evidence.matchedWords = words.matched;
        evidence.matchedWeight = words.weight;
      }
    });
  };

  TextEvidence.prototype.errorScore = function (literal, terms, lang) {
    var T = this.match.rules.tuning;
    var cap = this.genericCap(literal);
    if (literal.length >= T.exactLiteralCharacters && this.normalizedPaste.indexOf(' ' + literal + ' ') >= 0) return cap;
    if (!terms.length) return 0;
    var pasteTerms = this.terms[lang];
    var letters = this.letterTerms[lang];
    var total = 0;
    var present = 0;
    var missesATerm = false;
    var inPaste = terms.map(function (t) { return pasteTerms.has(t); });
    for (var i = 0; i < terms.length; i += 1) {
      if (terms.indexOf(terms[i]) < i) continue;
      var weight = this.weight(terms[i]);
      total += weight;
      if (inPaste[i]) present += weight;
      else if (Array.from(terms[i]).length >= T.typoLetters && pasteTerms.size < T.typoComparedPasteTerms &&
        hasNeighbour(terms[i], letters)) present += weight * T['literalScore.typo'];
      else missesATerm = true;
    }
    if (total <= 0) return 0;
    // A short literal missing one of its few words is only words the paste shares with it (ArticleScorer.swift).
    if (missesATerm && literal.split(' ').length <= T['genericLiteral.words']) return Math.min(cap, this.fragmentScore(terms, lang));
    var coverage = present / total;
    var inOrder = 0;
    for (i = 0; i + 1 < terms.length; i += 1) {
      if (inPaste[i] && inPaste[i + 1] && this.bigrams[lang].has(terms[i] + ' ' + terms[i + 1])) inOrder += 1;
    }
    var pairs = terms.length - 1;
    var order = pairs === 0 ? coverage : inOrder / pairs;
    var support = Math.min(1, present / T['literalScore.fullWeight']);
    var literalScore = (T['literalScore.coverage'] * coverage + T['literalScore.order'] * order) * support;
    return Math.min(cap, Math.max(literalScore, this.fragmentScore(terms, lang)));
  };

  /** A short, generic literal ("Too Many Requests") is the whole answer only in a paste little more than it or naming the subject. */
  TextEvidence.prototype.genericCap = function (literal) {
    var T = this.match.rules.tuning;
    var words = literal.split(' ').length;
    var pasteIsTheLiteral = utf8Length(this.normalizedPaste) <= utf8Length(literal) + T['genericLiteral.slackBytes'];
    return words > T['genericLiteral.words'] || this.subjectIsNamed || pasteIsTheLiteral ? 1 : T['genericLiteral.score'];
  };

  /** For a paste that is part of a literal error text: the weighted share of its words the literal has. */
  TextEvidence.prototype.fragmentScore = function (literalTerms, lang) {
    var T = this.match.rules.tuning;
    var wanted = this.wanted(lang);
    if (wanted.terms.length > T['fragmentScore.pasteTerms']) return 0;
    var total = 0;
    var present = 0;
    var shared = 0;
    wanted.terms.forEach(function (t, i) {
      total += wanted.weights[i];
      if (literalTerms.indexOf(t) >= 0) { present += wanted.weights[i]; shared += 1; }
    });
    if (total <= 0 || shared < T.fragmentWords) return 0;
    return T['fragmentScore.most'] * (present / total) * Math.min(1, present / T['fragmentScore.fullWeight']);
  };

  /** The rarity-weighted share of the paste's words that the article's own words cover. */
  TextEvidence.prototype.wordScore = function (row, lang) {
    var T = this.match.rules.tuning;
    var wanted = this.wanted(lang);
    if (!wanted.terms.length) return { score: 0, matched: [], weight: 0 };
    var has = function (field, term) { return row.padded[field].indexOf(' ' + term + ' ') >= 0; };
    var top = T['fieldShares.titleOrErrors'], summary = T['fieldShares.summary'];
    var total = 0;
    var credit = 0;
    var matched = [];
    wanted.terms.forEach(function (term, i) {
      var share = has(0, term) || has(1, term) ? top : has(2, term) ? summary : has(3, term) ? T['fieldShares.body'] : 0;
      if (share === 0 && Array.from(term).length >= T.typoLetters && [0, 1, 2].some(function (f) {
        return hasNeighbour(term, row.columns[f === 2 ? 3 : f]);
      })) share = T['fieldShares.typo'];
      if (share > 0) matched.push(wanted.surfaces[i]);
      total += wanted.weights[i];
      credit += wanted.weights[i] * share;
    });
    if (total <= 0) return { score: 0, matched: [], weight: 0 };
    var synonymCredit = T.synonymCredit;
    wanted.synonyms.forEach(function (synonym) {
      var share = has(0, synonym.term) || has(1, synonym.term) ? top : has(2, synonym.term) ? summary : 0;
      credit += synonym.weight * share * synonymCredit;
    });
    return { score: Math.min(1, credit / total), matched: matched, weight: credit };
  };

  /** True when one of `candidates` is a single typo away from `term`. */
  function hasNeighbour(term, candidates) {
    for (var i = 0; i < candidates.length; i += 1) {
      if (Math.abs(candidates[i].length - term.length) <= 1 && withinOne(term, candidates[i])) return true;
    }
    return false;
  }

  /** Evidence: what speaks for one article (Evidence.swift). */
  function Evidence() {
    this.codeStrength = 0;
    this.codeOffset = Infinity;
    this.codeHits = [];
    this.errorScore = 0;
    this.errorText = null;
    this.textScore = 0;
    this.matchedWords = [];
    this.matchedWeight = 0;
    this.titleCoverage = 0;
    this.textRank = Infinity; // bm25's place among the text candidates: it settles ties of the score
  }
  Evidence.prototype.addCode = function (hit) {
    var strength = hit.mention.strength * (hit.isCorroborated ? hit.corroboratedStrength : 1);
    if (strength > this.codeStrength || (strength === this.codeStrength && hit.mention.offset < this.codeOffset)) {
      this.codeOffset = hit.mention.offset;
    }
    this.codeStrength = Math.max(this.codeStrength, strength);
    this.codeHits.push(hit);
  };
  /** The article's words agree with a code the paste did not place (Evidence.swift). */
  Evidence.prototype.supportsUnplacedCode = function (T) {
    return this.errorScore >= T['corroboratedCode.errorText'] ||
      (this.textScore >= T['corroboratedCode.share'] && this.matchedWords.length >= T['corroboratedCode.words']);
  };
  /** The whole of a literal error text longer than a generic one. */
  Evidence.prototype.hasSpecificErrorText = function (T) {
    return this.errorScore >= T.exactErrorText && (this.errorText || '').split(' ').length > T['genericLiteral.words'];
  };
  /** Only family codes (1, 10, 100: shorter than placedCodeDigits), with the family's generic message whole in the paste. */
  Evidence.prototype.isFamilyAnswer = function (T) {
    var family = function (hit) { return hit.code.indexOf(':') < 0 && /^[0-9]+$/.test(hit.code) && hit.code.length < T.placedCodeDigits; };
    return this.codeStrength > 0 && this.codeHits.every(family) && this.errorScore >= T.exactErrorText && !this.hasSpecificErrorText(T);
  };
  Evidence.prototype.dropCodes = function () {
    this.codeStrength = 0;
    this.codeOffset = Infinity;
    this.codeHits = [];
  };
  Evidence.prototype.hasStrongEvidence = function (T) { return this.codeStrength > 0 || this.errorScore >= T.strongErrorText; };
  Evidence.prototype.hasEnoughWords = function (T) {
    var self = this;
    var rule = function (name, third, value) {
      return self.textScore >= T[name + '.share'] && self.matchedWords.length >= T[name + '.words'] && third >= T[name + '.' + value];
    };
    return rule('enoughWords', this.matchedWeight, 'weight') || rule('twoWords', this.matchedWeight, 'weight') ||
      rule('titleWords', this.titleCoverage, 'titleCoverage') || rule('manyWords', this.matchedWeight, 'weight') ||
      (this.errorScore >= T.partialErrorText && this.textScore >= T.partialErrorText);
  };
  Evidence.prototype.standsOut = function (T, runnerUp) {
    return this.textScore >= T['standOut.share'] && this.matchedWords.length >= T['standOut.words'] &&
      this.matchedWeight >= T['standOut.weight'] && this.textScore >= runnerUp * T['standOut.lead'];
  };
  Evidence.prototype.confidence = function (T) {
    var fromError = this.errorScore >= T.errorTextFloor ? this.errorScore * T['rawScore.errorText'] : 0;
    var fromText = (T['rawScore.words'] * this.textScore + T['rawScore.title'] * this.titleCoverage) * T['rawScore.text'];
    var combined = 1 - (1 - this.codeStrength) * (1 - fromError) * (1 - fromText * T['rawScore.textBeside']);
    return Math.round(Math.min(combined, T.maximumConfidence) * 100) / 100;
  };

  /** Acceptance: what the paste as a whole allows an article. */
  function Acceptance(T, values) {
    this.T = T;
    Object.keys(values).forEach(function (k) { this[k] = values[k]; }, this);
  }
  Acceptance.prototype.accepts = function (item) {
    var T = this.T;
    var enough = item.hasStrongEvidence(T) || (this.wordsAreTrusted && (item.hasEnoughWords(T) || item.standsOut(T, this.runnerUpTextScore)));
    return enough && (!this.hasUnknownCode || item.errorScore >= T.closeErrorText) &&
      (!this.errorIdentified || item.codeStrength > 0 || item.errorScore >= T.closeErrorText) &&
      (!this.needsProviderCode || item.codeHits.some(function (h) { return h.code.indexOf(':') >= 0; }));
  };

  /** Matches a code found first, then most certain first (ties by id); matches a code found trade places so that
   * equally sure codes keep the paste's order (`Evidence.Order.arrange`). */
  function arrange(items) {
    var tier = function (item) { return item.evidence.codeStrength > 0 ? 1 : 0; };
    var sorted = items.slice().sort(function (x, y) {
      return tier(y) - tier(x) || y.confidence - x.confidence || x.evidence.textRank - y.evidence.textRank ||
        (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
    });
    var slots = [];
    sorted.forEach(function (item, i) { if (item.evidence.codeStrength > 0) slots.push(i); });
    var byPaste = slots.map(function (i) { return sorted[i]; }).sort(function (x, y) {
      return y.evidence.codeStrength - x.evidence.codeStrength || x.evidence.codeOffset - y.evidence.codeOffset;
    });
    slots.forEach(function (slot, i) { sorted[slot] = byPaste[i]; });
    return sorted;
  }

  function matchRules(options) {
    return (options && options.rules) || (root && root.FIXDESK_MATCH) || null;
  }

  /** Every number of `text` that may be an error code, with its context (`CodeExtractor.mentions`). */
  function extractCodes(text, rules) {
    rules = rules || matchRules();
    if (!rules) return [];
    return new CodeExtractor(rules.matcher, new ProviderNames(rules.matcher.providers)).mentions(String(text));
  }

  /** The catalog codes a paste mentions, strongest first: [{code, mention}] (`CodeResolver.resolve`). */
  function resolveCodes(text, index, rules) {
    rules = rules || matchRules();
    if (!rules) return [];
    var match = prepareMatch(index, flatRules(rules));
    var paste = PasteUnescaper.unescape(String(text));
    var head = asciiLowercased(utf8Prefix(paste, match.rules.tuning.namesScannedBytes));
    var subject = new PasteSubject(head, match.rules.subject || {}, match.resolver.providers);
    return match.resolver.resolve(paste, head, subject).hits;
  }

  /** The generated rules with the matcher's part and the content's part side by side, as the stages read them. */
  var flattened = typeof WeakMap === 'function' ? new WeakMap() : null;
  function flatRules(rules) {
    if (flattened && flattened.has(rules)) return flattened.get(rules);
    var flat = {};
    Object.keys(rules.matcher || {}).forEach(function (k) { flat[k] = rules.matcher[k]; });
    Object.keys(rules).forEach(function (k) { if (k !== 'matcher') flat[k] = rules[k]; });
    if (flattened) flattened.set(rules, flat);
    return flat;
  }

  /**
   * Articles for a pasted error, best first (Matcher.match): [{article, kind: 'code' | 'error' | 'text', codes, score}].
   * options.rules: the generated match rules (default window.FIXDESK_MATCH); options.limit (5).
   */
  function analysePaste(text, index, options) {
    options = options || {};
    var rules = matchRules(options);
    var s = String(text || '');
    if (!rules || !s.trim() || !index || !Array.isArray(index.articles) || !index.articles.length) return [];
    var match = prepareMatch(index, flatRules(rules));
    var T = match.rules.tuning;
    var limit = options.limit || 5;
    if (s.length > 1048576) s = s.slice(0, 1048576);

    var paste = PasteUnescaper.unescape(s);
    // 0. Subject: a paste about another product only gets no answer from this catalog.
    var head = asciiLowercased(utf8Prefix(paste, T.namesScannedBytes));
    var subject = new PasteSubject(head, match.rules.subject || {}, match.resolver.providers);
    if (subject.isElsewhere) return [];
    // 1. Codes.
    var found = match.resolver.resolve(paste, head, subject);
    // 2. Candidates: the articles claiming those codes, and the best text candidates.
    var evidence = new Map();
    found.hits.forEach(function (hit) {
      claimants(match.prep, hit.code).map(function (n) { return match.prep.articles[n].id; }).sort().forEach(function (id) {
        if (!evidence.has(id)) evidence.set(id, new Evidence());
        evidence.get(id).addCode(hit);
      });
    });
    var unplacedClaims = [];
    found.unplaced.forEach(function (hit) {
      claimants(match.prep, hit.code).map(function (n) { return match.prep.articles[n].id; }).sort().forEach(function (id) {
        unplacedClaims.push({ id: id, hit: hit });
      });
    });
    var textEvidence = new TextEvidence(paste, match, subject.placesShortCodes || found.hits.length > 0);
    var textCandidates = textEvidence.candidateIDs(T.textCandidates);
    textCandidates.concat(unplacedClaims.map(function (c) { return c.id; })).forEach(function (id) {
      if (!evidence.has(id)) evidence.set(id, new Evidence());
    });
    textCandidates.forEach(function (id, rank) { evidence.get(id).textRank = rank; });
    // 3. Evidence from every translation; a short code the paste did not place counts where its article has the paste's words.
    evidence.forEach(function (item, id) { textEvidence.score(match.byID.get(id) || [], item); });
    var corroborated = false;
    unplacedClaims.forEach(function (claim) {
      var item = evidence.get(claim.id);
      if (!item || !item.supportsUnplacedCode(T)) return;
      item.addCode({ code: claim.hit.code, mention: claim.hit.mention, isCorroborated: true,
        corroboratedStrength: T['corroboratedCode.strength'] });
      corroborated = true;
    });
    // A short platform code with its family's generic message ("code": 100, "Invalid parameter") names a family of
    // errors; another article's whole, specific error text beside them names the error itself (Matcher.swift).
    var scored = Array.from(evidence.values());
    if (scored.some(function (e) { return e.codeStrength === 0 && e.hasSpecificErrorText(T); })) {
      scored.forEach(function (e) { if (e.isFamilyAnswer(T)) e.dropCodes(); });
    }
    // 4. Acceptance.
    var items = Array.from(evidence.values());
    var textScores = items.map(function (e) { return e.textScore; }).sort(function (a, b) { return b - a; });
    var acceptance = new Acceptance(T, {
      runnerUpTextScore: textScores.length > 1 ? textScores[1] : 0,
      wordsAreTrusted: textEvidence.unknownWordShare() < T.maximumUnknownWordShare,
      errorIdentified: items.some(function (e) { return e.codeStrength > 0 || e.errorScore >= T.exactErrorText; }),
      hasUnknownCode: found.namesUnknownError && !corroborated,
      needsProviderCode: subject.isProvidersOtherChannel
    });
    // 5. Report.
    var accepted = [];
    evidence.forEach(function (item, id) {
      if (!acceptance.accepts(item) || !match.byNumber.has(id)) return;
      accepted.push({ id: id, evidence: item, confidence: item.confidence(T) });
    });
    var ranked = arrange(accepted);
    var codeMatches = ranked.filter(function (r) { return r.confidence >= T.codeConfidence; }).length;
    ranked = ranked.slice(0, Math.max(limit, codeMatches));
    var best = ranked.reduce(function (m, r) { return Math.max(m, r.confidence); }, 0);
    ranked = ranked.filter(function (r) { return r.confidence >= best * T.keptShareOfBest; });
    // 6. Confidence: a best match right too seldom on the real corpus is more often another product's error.
    if (ranked.length && calibrated(T, match.rules.calibration, ranked[0].confidence, evidenceKind(ranked[0].evidence, T), 'first') <
        T.refusalConfidence) return [];
    return ranked.map(function (r) {
      var article = match.prep.articles[match.byNumber.get(r.id)];
      var e = r.evidence;
      return {
        article: article, score: r.confidence,
        kind: e.codeStrength > 0 ? 'code' : e.errorScore >= T.errorTextFloor ? 'error' : 'text',
        codes: e.codeHits.map(function (h) { return displayCode(article, h.code); })
          .filter(function (c, i, all) { return all.indexOf(c) === i; })
      };
    });
  }

  /** The kind of evidence a match rests on, as the confidence table names it (`Evidence.kind`). */
  function evidenceKind(e, T) {
    return e.codeStrength > 0 ? 'code' : e.errorScore >= T.errorTextFloor ? 'literal' : 'words';
  }

  /**
   * How often a match of this kind, place and raw score was right on the real corpus (ConfidenceCalibration):
   * its kind and place's steps, else its kind's, else all matches'; the raw score when there is no table.
   */
  function calibrated(T, table, score, kind, place) {
    table = table || {};
    var steps = table[kind + '/' + place] || table[kind + '/any'] || table['any/any'] || [];
    if (!steps.length) return score;
    var step = steps[0];
    steps.forEach(function (s) { if (s[0] <= score) step = s; });
    return Math.round(Math.min(step[1], T.maximumConfidence) * 100) / 100;
  }

  /** The code as the article writes it (`ycloud:TOO_MANY_REQUESTS`), else as resolved. */
  function displayCode(article, code) {
    var list = Array.isArray(article.codes) ? article.codes : [];
    for (var i = 0; i < list.length; i += 1) if (String(list[i]).toLowerCase() === code) return String(list[i]);
    return code;
  }

  var api = {
    fold: fold, lowercase: lowercase, normalize: normalize, tokenize: tokenize, extractCodes: extractCodes,
    resolveCodes: resolveCodes, cleanPaste: PasteCleaner.clean, unescape: PasteUnescaper.unescape, search: search,
    analysePaste: analysePaste,
    /** The English reading of a paste in a lexicon's language ({text, untranslated}), or null. */
    translate: function (text, rules) {
      rules = rules || matchRules();
      return rules ? PasteTranslation.english(PasteCleaner.clean(text), rules.lexicons, flatRules(rules)) : null;
    },
    /** The other members of every synonym group the text has a member of. */
    synonymsOf: function (text, rules) {
      rules = rules || matchRules();
      return rules ? SynonymExpansion.expansions(' ' + normalize(text) + ' ', rules.synonyms || {}, (rules.languages || []).slice().sort()) : [];
    }
  };

  // ---------------------------------------------------------------------------
  // The page: everything below only draws and wires the page; the matching above knows no DOM.

  /** How many pastes the box remembers in the browser's own storage. */
  var RECENT_LIMIT = 5;
  var RECENT_KEY = 'fixdesk.recentPastes';
  var FRAGMENT_KEY = 'paste=';

  function element(doc, name, className, text) {
    var node = doc.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function articleHref(article, langRoot) {
    var url = String(article.url || '');
    return /^[a-z][a-z0-9+.-]*:|^\//i.test(url) ? '#' : langRoot + url;
  }

  /** A code as people name it: `twilio:63016` → `Twilio 63016`. */
  var PROVIDER_LABELS = { '360dialog': '360dialog', ycloud: 'YCloud', cmcom: 'CM.com' };
  function codeLabel(code) {
    var text = String(code);
    var colon = text.indexOf(':');
    if (colon < 0) return text;
    var provider = text.slice(0, colon);
    var name = PROVIDER_LABELS[provider] || provider.charAt(0).toUpperCase() + provider.slice(1);
    return name + ' ' + text.slice(colon + 1);
  }

  /** Appends `text` to `parent`, with the words that `terms` (folded) begin marked as <mark>. */
  function appendHighlighted(doc, parent, text, terms, lang) {
    var source = String(text || '');
    if (!terms || !terms.length) { parent.appendChild(doc.createTextNode(source)); return; }
    var parts = source.split(/(\s+)/);
    var plain = '';
    parts.forEach(function (part) {
      var word = fold(part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), lang);
      // A whole word, or a word the query's longer words begin (a stem, a word being typed); "re" marks no "reach".
      var hit = word && terms.some(function (term) { return word === term || (term.length >= 4 && word.indexOf(term) === 0); });
      if (!hit) { plain += part; return; }
      if (plain) { parent.appendChild(doc.createTextNode(plain)); plain = ''; }
      parent.appendChild(element(doc, 'mark', '', part));
    });
    if (plain) parent.appendChild(doc.createTextNode(plain));
  }

  function queryTerms(query, lang) {
    return tokenize(String(query || ''), lang).map(function (word) { return fold(word, lang); });
  }

  function render(doc, container, items, langRoot, options) {
    options = options || {};
    clear(container);
    if (items === null) return;
    if (!items.length) {
      container.appendChild(element(doc, 'p', 'no-results',
        container.getAttribute('data-no-results') || 'No matching article.'));
      return;
    }
    var lang = doc.documentElement.getAttribute('data-lang') || '';
    var list = element(doc, 'ol', 'results');
    items.forEach(function (item) {
      var article = item.article;
      var li = element(doc, 'li', 'result');
      var link = element(doc, 'a', 'result-title');
      appendHighlighted(doc, link, String(article.title || article.id || ''), options.terms, lang);
      link.setAttribute('href', articleHref(article, langRoot));
      li.appendChild(link);
      var codes = item.kind === 'code'
        ? (container.getAttribute('data-code-label') || 'Error code') + ' ' + item.codes.map(codeLabel).join(' · ')
        : (Array.isArray(article.codes) ? article.codes : []).map(codeLabel).join(' · ');
      if (codes) {
        li.appendChild(doc.createTextNode(' '));
        li.appendChild(element(doc, 'span', 'codes', codes));
      }
      if (article.summary) {
        var summary = element(doc, 'p', 'result-summary');
        appendHighlighted(doc, summary, String(article.summary), options.terms, lang);
        li.appendChild(summary);
      }
      if (options.withSteps && Array.isArray(article.steps) && article.steps.length) {
        li.appendChild(stepsBlock(doc, container, article, langRoot));
      }
      list.appendChild(li);
    });
    container.appendChild(list);
  }

  /** The numbered fix steps, a button that copies them and a link to the whole article. */
  function stepsBlock(doc, container, article, langRoot) {
    var block = element(doc, 'div', 'result-steps');
    var steps = element(doc, 'ol', 'steps');
    article.steps.forEach(function (step) { steps.appendChild(element(doc, 'li', '', String(step))); });
    block.appendChild(steps);
    var actions = element(doc, 'p', 'result-actions');
    var copy = element(doc, 'button', 'copy-steps', container.getAttribute('data-copy') || 'Copy the steps');
    copy.setAttribute('type', 'button');
    copy.addEventListener('click', function () {
      var text = String(article.title || '') + '\n' + article.steps.map(function (step, n) {
        return (n + 1) + '. ' + step;
      }).join('\n');
      copyText(doc, text, function (done) {
        copy.textContent = done ? (container.getAttribute('data-copied') || 'Copied') : copy.textContent;
      });
    });
    actions.appendChild(copy);
    var more = element(doc, 'a', 'read-article', container.getAttribute('data-read') || 'Read the whole article');
    more.setAttribute('href', articleHref(article, langRoot));
    actions.appendChild(more);
    block.appendChild(actions);
    return block;
  }

  function copyText(doc, text, done) {
    var win = doc.defaultView;
    var clipboard = win && win.navigator && win.navigator.clipboard;
    if (clipboard && clipboard.writeText) {
      clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(doc, text)); });
    } else {
      done(fallbackCopy(doc, text));
    }
  }

  /** file:// pages have no async clipboard in some browsers: select a hidden field and copy. */
  function fallbackCopy(doc, text) {
    try {
      var field = doc.createElement('textarea');
      field.value = text;
      field.setAttribute('readonly', '');
      field.className = 'visually-hidden';
      doc.body.appendChild(field);
      field.select();
      var ok = doc.execCommand('copy');
      doc.body.removeChild(field);
      return ok;
    } catch (e) { return false; }
  }

  function queryParameter(search) {
    var pairs = String(search || '').replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i += 1) {
      var at = pairs[i].indexOf('=');
      var name = at < 0 ? pairs[i] : pairs[i].slice(0, at);
      if (name !== 'q') continue;
      try { return decodeURIComponent(pairs[i].slice(at + 1).replace(/\+/g, ' ')); } catch (e) { return ''; }
    }
    return null;
  }

  /** The paste kept in the address after `#paste=`; never sent to a server. */
  function fragmentPaste(hash) {
    var text = String(hash || '').replace(/^#/, '');
    if (text.indexOf(FRAGMENT_KEY) !== 0) return null;
    try { return decodeURIComponent(text.slice(FRAGMENT_KEY.length)); } catch (e) { return null; }
  }

  function fragmentFor(paste) { return '#' + FRAGMENT_KEY + encodeURIComponent(paste); }

  /** The remembered pastes, newest first; storage may be refused (private windows, some file:// pages). */
  function loadRecent(win) {
    try {
      var list = JSON.parse(win.localStorage.getItem(RECENT_KEY) || '[]');
      return Array.isArray(list) ? list.filter(function (x) { return typeof x === 'string'; }).slice(0, RECENT_LIMIT) : [];
    } catch (e) { return []; }
  }

  function saveRecent(win, list) {
    try {
      if (list.length) win.localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_LIMIT)));
      else win.localStorage.removeItem(RECENT_KEY);
    } catch (e) { /* nothing remembered, nothing lost */ }
  }

  function remember(list, paste) {
    return [paste].concat(list.filter(function (x) { return x !== paste; })).slice(0, RECENT_LIMIT);
  }

  function start(win, doc) {
    var index = win.FIXDESK_INDEX;
    if (!index || !Array.isArray(index.articles)) return;
    var langRoot = doc.documentElement.getAttribute('data-lang-root') || './';
    var lang = doc.documentElement.getAttribute('data-lang') || '';

    var searchForm = doc.getElementById('search-form');
    var searchInput = doc.getElementById('search-input');
    var searchResults = doc.getElementById('search-results');
    if (searchInput && searchResults) {
      var timer = null;
      var runSearch = function () {
        var query = searchInput.value || '';
        render(doc, searchResults, query.trim() ? search(query, index) : null, langRoot, { terms: queryTerms(query, lang) });
      };
      searchInput.addEventListener('input', function () {
        if (timer) win.clearTimeout(timer);
        timer = win.setTimeout(runSearch, 120);
      });
      if (searchForm) {
        searchForm.addEventListener('submit', function (event) {
          event.preventDefault();
          if (timer) win.clearTimeout(timer);
          runSearch();
          try {
            if (win.history && win.history.replaceState) {
              win.history.replaceState(null, '', '?q=' + encodeURIComponent(searchInput.value || ''));
            }
          } catch (e) { /* file:// may refuse; the results are shown anyway */ }
        });
      }
      var initial = win.location ? queryParameter(win.location.search) : null;
      if (initial) {
        searchInput.value = initial;
        runSearch();
      }
    }

    var pasteForm = doc.getElementById('paste-form');
    var pasteInput = doc.getElementById('paste-input');
    var pasteResults = doc.getElementById('paste-results');
    var recentBox = doc.getElementById('paste-recent');
    if (pasteInput && pasteResults) {
      var shown = null;
      var show = function (text) {
        shown = text;
        render(doc, pasteResults, text.trim() ? analysePaste(text, index, { rules: win.FIXDESK_MATCH }) : null, langRoot, { withSteps: true });
      };
      var drawRecent = function () {
        if (!recentBox) return;
        clear(recentBox);
        var list = loadRecent(win);
        recentBox.hidden = !list.length;
        if (!list.length) return;
        recentBox.appendChild(element(doc, 'h3', '', recentBox.getAttribute('data-title') || 'Recent pastes'));
        var items = element(doc, 'ul', 'recent-list');
        list.forEach(function (paste) {
          var li = element(doc, 'li');
          var again = element(doc, 'button', 'recent-paste', paste.length > 80 ? paste.slice(0, 77) + '…' : paste);
          again.setAttribute('type', 'button');
          again.addEventListener('click', function () { pasteInput.value = paste; answer(); });
          li.appendChild(again);
          items.appendChild(li);
        });
        recentBox.appendChild(items);
        var forget = element(doc, 'button', 'clear-recent', recentBox.getAttribute('data-clear') || 'Clear');
        forget.setAttribute('type', 'button');
        forget.addEventListener('click', function () { saveRecent(win, []); drawRecent(); });
        recentBox.appendChild(forget);
      };
      // An answer the user asked for: shown, kept in the address (Back returns to it) and remembered.
      var answer = function () {
        var text = pasteInput.value || '';
        show(text);
        if (!text.trim()) return;
        saveRecent(win, remember(loadRecent(win), text));
        drawRecent();
        var fragment = fragmentFor(text);
        try {
          if (win.location && win.location.hash !== fragment) {
            if (win.history && win.history.pushState) win.history.pushState(null, '', fragment);
            else win.location.hash = fragment;
          }
        } catch (e) { /* some file:// pages refuse; the answer is shown anyway */ }
      };
      var fromAddress = function () {
        var text = win.location ? fragmentPaste(win.location.hash) : null;
        if (text === null || text === shown) return;
        pasteInput.value = text;
        show(text);
      };
      if (pasteForm) {
        pasteForm.addEventListener('submit', function (event) {
          event.preventDefault();
          answer();
        });
      }
      // The pasted text is in the field only after the event.
      pasteInput.addEventListener('paste', function () { win.setTimeout(answer, 0); });
      pasteInput.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          answer();
        }
      });
      if (win.addEventListener) {
        win.addEventListener('popstate', fromAddress);
        win.addEventListener('hashchange', fromAddress);
      }
      drawRecent();
      fromAddress();
    }

    var filter = doc.getElementById('code-filter');
    if (filter) {
      filter.addEventListener('input', function () { filterCodes(doc, filter.value || '', lang); });
    }
  }

  /** The error-code index: hides the rows (and emptied provider groups) the filter's words do not fit. */
  function filterCodes(doc, query, lang) {
    var words = queryTerms(query, lang);
    var groups = doc.querySelectorAll ? doc.querySelectorAll('.code-group') : [];
    Array.prototype.forEach.call(groups, function (group) {
      var visible = 0;
      Array.prototype.forEach.call(group.querySelectorAll('tbody tr'), function (row) {
        var text = fold(row.textContent || '', lang);
        var fits = words.every(function (word) { return text.indexOf(word) >= 0; });
        row.hidden = !fits;
        if (fits) visible += 1;
      });
      group.hidden = visible === 0;
    });
  }

  if (root && typeof root.document !== 'undefined' && root.document && root.document.getElementById) {
    var doc = root.document;
    if (doc.readyState === 'loading') {
      doc.addEventListener('DOMContentLoaded', function () { start(root, doc); });
    } else {
      start(root, doc);
    }
  }

  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof window !== 'undefined' ? window : this);
