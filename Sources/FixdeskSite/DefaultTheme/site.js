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
  // Code extraction (CodeExtractor.swift)

  var CODE_KEYS = ['code', 'error_code', 'errorcode', 'err_code', 'subcode', 'error_subcode', 'errorsubcode',
    'sub_code', 'errcode', 'hata_kodu', 'kod'];
  var CODE_WORDS = ['error code', 'error', 'code', 'hata kodu', 'hata', 'kodu', 'kod', 'err', 'errorcode', 'error_code',
    'failure', 'status code'];
  var PROVIDERS = {
    'twilio': 'twilio', 'gupshup': 'gupshup', '360dialog': '360dialog', 'cm.com': 'cmcom', 'cmcom': 'cmcom',
    'ycloud': 'ycloud', 'webex': 'webex', 'imiconnect': 'webex'
  };
  var PROVIDER_NAMES = Object.keys(PROVIDERS);
  var STRENGTH = { key: 0.97, hashInParentheses: 0.97, bare: 0.97, hash: 0.93, keyword: 0.93, named: 0.93, freeText: 0.85 };

  function isDigit(c) { return c >= 48 && c <= 57; }
  function isIdentifier(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128; }
  function codeAt(s, i) { return i >= 0 && i < s.length ? s.charCodeAt(i) : 32; }

  function mention(value, provider, context, offset, extra) {
    var m = { value: value, provider: provider || null, context: context, offset: offset, strength: STRENGTH[context],
      isSubcode: false, path: null };
    if (extra) Object.keys(extra).forEach(function (k) { m[k] = extra[k]; });
    return m;
  }

  /** `131047`, `#131047`, `twilio:63016` as the whole paste. */
  function bareCode(text) {
    var body = text.trim();
    if (body.length > 40) return null;
    var provider = null;
    var colon = body.indexOf(':');
    if (colon >= 0) {
      var name = body.slice(0, colon).toLowerCase();
      if (Object.prototype.hasOwnProperty.call(PROVIDERS, name)) { provider = PROVIDERS[name]; body = body.slice(colon + 1); }
    }
    body = body.replace(/^[# ]+/, '');
    if (!/^[0-9]{1,9}$/.test(body)) return null;
    return mention(body, provider, 'bare', 0);
  }

  function skipBack(s, i, chars) {
    while (i >= 0 && chars.indexOf(s[i]) >= 0) i -= 1;
    return i;
  }

  /** The key right before a value: `"code": `, `'code':`, `code=`, `code: "`. */
  function keyBefore(s, start) {
    var i = skipBack(s, start - 1, ' "\'\t');
    if (i < 0 || (s[i] !== ':' && s[i] !== '=')) return null;
    i = skipBack(s, i - 1, ' "\'\t');
    var keyEnd = i + 1;
    while (i >= 0 && (isIdentifier(s.charCodeAt(i)) || s[i] === '-')) i -= 1;
    return keyEnd - (i + 1) > 0 ? s.slice(i + 1, keyEnd) : null;
  }

  /** `error.code` for `{"error": {"code": …`, `errors[].code` inside an array of objects. */
  function keyPath(s, keyEnd, key) {
    var depth = 0;
    for (var i = keyEnd - 1, limit = 2000; i >= 0 && limit > 0; i -= 1, limit -= 1) {
      var c = s[i];
      if (c === '}' || c === ']') depth += 1;
      else if (c === '{' || c === '[') {
        if (depth === 0) {
          var cursor = skipBack(s, i - 1, ' \n\r\t');
          var inArray = false;
          if (c === '{' && cursor >= 0 && s[cursor] === '[') {
            inArray = true;
            cursor = skipBack(s, cursor - 1, ' \n\r\t');
          }
          var parent = keyBefore(s, cursor + 1);
          return parent ? parent + (inArray ? '[].' : '.') + key : key;
        }
        depth -= 1;
      }
    }
    return key;
  }

  function codeWordBefore(s, start) {
    var end = skipBack(s, start - 1, ' :-([\t') + 1;
    if (end <= 0 || end >= start) return null;
    var tail = s.slice(Math.max(0, end - 16), end).toLowerCase();
    for (var i = 0; i < CODE_WORDS.length; i += 1) {
      var word = CODE_WORDS[i];
      if (tail.length >= word.length && tail.slice(tail.length - word.length) === word) {
        var boundary = tail.charAt(tail.length - word.length - 1);
        if (!boundary || !LETTER_OR_DIGIT.test(boundary)) return word;
      }
    }
    return null;
  }

  function providerBefore(s, start) {
    var before = s.slice(Math.max(0, start - 24), start).toLowerCase();
    for (var i = 0; i < PROVIDER_NAMES.length; i += 1) {
      if (before.indexOf(PROVIDER_NAMES[i]) >= 0) return PROVIDERS[PROVIDER_NAMES[i]];
    }
    return null;
  }

  function classify(s, start, end) {
    if (end - start > 9) return null;
    var before = codeAt(s, start - 1);
    var after = codeAt(s, end);
    // A letter, `_` or non-ASCII character glued to the number makes it part of a word; ’ (U+2019) may start a suffix.
    if (isIdentifier(before) || (isIdentifier(after) && !(after >= 0x2000 && after <= 0x2FFF))) return null;
    if (before === 43) return null; // +90…: a phone number
    // Parts of 12.50, 10:30, 2026-11-25, 1.2.3, 12/05: not codes.
    var joiners = [46, 58, 45, 47, 44];
    if ((joiners.indexOf(before) >= 0 && isDigit(codeAt(s, start - 2))) ||
        (joiners.indexOf(after) >= 0 && isDigit(codeAt(s, end + 1)))) return null;
    var value = s.slice(start, end);
    var provider = providerBefore(s, start);
    if (before === 35) {
      return mention(value, provider, codeAt(s, start - 2) === 40 ? 'hashInParentheses' : 'hash', start);
    }
    var key = keyBefore(s, start);
    if (key) {
      var name = key.toLowerCase();
      if (CODE_KEYS.indexOf(name) >= 0 || /error_?code$/.test(name)) {
        return mention(value, provider, 'key', start, { path: keyPath(s, start, key), isSubcode: name.indexOf('sub') >= 0 });
      }
    }
    var word = codeWordBefore(s, start);
    if (word) return mention(value, provider, 'keyword', start, { word: word });
    if (key) return null; // "id": 123, "timestamp": "…", "status": 400: not codes
    // Groups of a spaced phone number (0532 123 45 67).
    if ((before === 32 && isDigit(codeAt(s, start - 2))) || (after === 32 && isDigit(codeAt(s, end + 1)))) return null;
    return mention(value, provider, 'freeText', start);
  }

  /**
   * Every number of `text` that may be an error code, with its context:
   * `key` (with `path`, `isSubcode`), `hashInParentheses`, `hash`, `keyword`, `bare` or `freeText`.
   */
  function extractCodes(text) {
    var s = String(text);
    var bare = bareCode(s);
    if (bare) return [bare];
    var result = [];
    var i = 0;
    while (i < s.length) {
      if (!isDigit(s.charCodeAt(i))) { i += 1; continue; }
      var start = i;
      while (i < s.length && isDigit(s.charCodeAt(i))) i += 1;
      var found = classify(s, start, i);
      if (found) result.push(found);
    }
    return result;
  }

  // ---------------------------------------------------------------------------
  // Paste cleaning (PasteCleaner.swift, plus phone numbers, timestamps and JSON keys)

  var NOISE = [
    /https?:\/\/\S{1,2000}/g, /www\.\S{1,2000}/g, /wamid\.[A-Za-z0-9=_\-+/]{1,400}/g,
    /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}/g,
    /["']?fbtrace_id["']?\s*[:=]\s*["']?[^"',}\s]*/gi,
    /\b(?=[A-Za-z_-]{0,80}\d)(?=\d{0,80}[A-Za-z])[A-Za-z0-9_-]{6,200}\b/g,
    /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
    /\b\d{1,2}:\d{2}(?::\d{2})?\b/g, /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/g,
    /\+\d[\d ().-]{6,20}\d/g, /\b0?\d{3} \d{3} \d{2} \d{2}\b/g, /\b\d{8,}\b/g,
    /["'][A-Za-z_][\w.-]{0,80}["']\s*:/g
  ];

  /** The paste without the parts that vary between occurrences of one error. */
  function cleanPaste(text) {
    var s = String(text);
    for (var i = 0; i < NOISE.length; i += 1) s = s.replace(NOISE[i], ' ');
    return s;
  }

  /** Words of API payloads and logs that appear in nearly every paste: not evidence for any article. */
  var STRUCTURAL = toSet(['error', 'errors', 'message', 'messages', 'code', 'data', 'product', 'messaging', 'fbtrace',
    'id', 'type', 'details', 'detail', 'transient', 'user', 'msg', 'title', 'status', 'statuses', 'timestamp', 'entry',
    'changes', 'value', 'field', 'metadata', 'true', 'false', 'null', 'none', 'object', 'contacts', 'wa', 'href',
    'https', 'http', 'www', 'com', 'subcode', 'exception', 'traceback', 'response', 'request', 'body', 'json', 'info',
    'warn', 'warning', 'level', 'log', 'debug', 'oauthexception', 'graphmethodexception', 'recipient', 'whatsapp', 'api',
    'graph', 'the', 'hata', 'mesaj']);

  function toSet(list) {
    var set = new Set();
    (list || []).forEach(function (x) { set.add(String(x)); });
    return set;
  }

  // ---------------------------------------------------------------------------
  // The index, prepared once: postings per term, sorted vocabulary, codes.

  var FIELDS = ['t', 'e', 's', 'k', 'b', 'c']; // bit i of a posting's mask is FIELDS[i]
  var SEARCH_WEIGHTS = [5, 4, 2, 3, 1, 6]; // title, errors, summary, tags, body, codes
  var PASTE_SHARES = [1, 1, 0.85, 0.85, 0.6, 0]; // Matcher: title/errors count fully, body partly
  var QUALITY = { exact: 1, stem: 0.85, typing: 0.7, typo: 0.6 };
  var TYPED_WORD_WEIGHT = 2; // a typed word counts twice a synonym of it (QueryPlan.typedWordWeight)
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
      codeOwners: codeOwners, ranges: ranges, named: named, errors: errors,
      synonyms: Array.isArray(index.synonyms) ? index.synonyms : []
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
    // A query naming a known code is precise: no loose OR matches around its article.
    if (!candidates.length && used.length > 1 && !claimed.length) {
      need = Math.ceil(used.length / 2);
      for (a = 0; a < n; a += 1) if (matched[a] >= need) candidates.push(a);
    }
    claimed.forEach(function (c, rank) {
      scores[c] += 1000 - rank;
      if (candidates.indexOf(c) < 0) candidates.push(c);
    });
    candidates.sort(function (x, y) { return scores[y] - scores[x] || x - y; });
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
    var fits = function (term, word) { return word === term || (term.length >= 4 && word.lastIndexOf(term, 0) === 0); };
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
      var typed = used.slice(start, start + longest).map(function (t, j) {
        return wordHits(prep, t.word, t.isNumber, typing && start + j === used.length - 1, SEARCH_WEIGHTS);
      });
      var hits = new Map(all(typed));
      groups.forEach(function (g) {
        prep.synonyms[g].forEach(function (terms) {
          if (terms.join(' ') === typedTerms.join(' ')) return;
          // A member's terms are index terms already: only exact postings (no stems, no typos) count.
          var found = all(terms.map(function (term) { return wordHits(prep, term, true, false, SEARCH_WEIGHTS); }));
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
  // Paste analysis (Matcher.swift)

  function resolveMention(prep, m, providersInPaste) {
    var value = m.value;
    var providers = m.provider ? [m.provider] : providersInPaste;
    for (var i = 0; i < providers.length; i += 1) {
      if (prep.codeOwners.has(providers[i] + ':' + value)) return providers[i] + ':' + value;
    }
    if (prep.codeOwners.has(value)) {
      if (m.context === 'freeText') return value.length >= 5 ? value : null;
      return value;
    }
    if (m.context === 'freeText') return null;
    // A provider's code without the provider named: only when long enough to be its own (Twilio's
    // 63016), never a short number such as the HTTP status in "status code 400".
    var owners = [];
    if (value.length >= 4) {
      prep.codeOwners.forEach(function (_, code) { if (code.slice(-value.length - 1) === ':' + value) owners.push(code); });
    }
    if (owners.length === 1) return owners[0];
    if (m.context === 'key' && /^[0-9]+$/.test(value)) {
      var number = Number(value);
      if (prep.ranges.some(function (r) { return number >= r[0] && number <= r[1]; })) return value;
    }
    return null;
  }

  /** The catalog codes a paste mentions, strongest first: [{code, mention}]. A known subcode hides its parent. */
  function resolveCodes(text, index) {
    var prep = prepare(index);
    var s = String(text);
    var lowered = s.toLowerCase();
    var providersInPaste = [];
    PROVIDER_NAMES.forEach(function (name) {
      if (lowered.indexOf(name) >= 0 && providersInPaste.indexOf(PROVIDERS[name]) < 0) providersInPaste.push(PROVIDERS[name]);
    });
    var hits = [];
    extractCodes(s).forEach(function (m) {
      var code = resolveMention(prep, m, providersInPaste);
      if (code) hits.push({ code: code, mention: m });
    });
    prep.named.forEach(function (code) {
      var value = code.slice(code.indexOf(':') + 1);
      var at = lowered.indexOf(value);
      if (at >= 0) hits.push({ code: code, mention: mention(value, code.slice(0, code.indexOf(':')), 'named', at) });
    });
    // A known subcode is the specific error; its parent code (100, 131009…) and the (#…) restating it only name the family.
    var subcodes = hits.filter(function (h) { return h.mention.context === 'key' && h.mention.isSubcode; });
    if (subcodes.length) {
      var near = function (h) {
        return subcodes.some(function (sub) { return Math.abs(sub.mention.offset - h.mention.offset) < 400; });
      };
      var parents = hits.filter(function (h) { return h.mention.context === 'key' && !h.mention.isSubcode && near(h); })
        .map(function (h) { return h.code; });
      hits = hits.filter(function (h) {
        return h.mention.isSubcode || parents.indexOf(h.code) < 0 || !near(h) ||
          h.mention.context === 'bare' || h.mention.context === 'named';
      });
    }
    var best = new Map();
    hits.forEach(function (h) {
      var current = best.get(h.code);
      if (!current || current.mention.strength < h.mention.strength) best.set(h.code, h);
    });
    return Array.from(best.values()).sort(function (x, y) {
      return y.mention.strength - x.mention.strength || x.mention.offset - y.mention.offset;
    });
  }

  /**
   * Articles for a pasted error, best first, one per article, at most options.limit (5):
   * [{article, kind: 'code' | 'error' | 'text', codes: [claimed codes found in the paste], score}].
   */
  function analysePaste(text, index, options) {
    options = options || {};
    var prep = prepare(index);
    var limit = options.limit || 5;
    var s = String(text || '');
    if (s.length > 1048576) s = s.slice(0, 1048576);
    if (!s.trim() || !prep.articles.length) return [];
    var results = [];
    var byArticle = new Map();
    function add(n, kind, score, code) {
      var entry = byArticle.get(n);
      if (!entry) {
        entry = { article: prep.articles[n], kind: kind, codes: [], score: score };
        byArticle.set(n, entry);
        results.push(entry);
      }
      if (code && entry.codes.indexOf(code) < 0) entry.codes.push(code);
    }

    var codeHits = resolveCodes(s, index);
    codeHits.forEach(function (hit) {
      claimants(prep, hit.code).forEach(function (n) { add(n, 'code', hit.mention.strength, displayCode(prep.articles[n], hit.code)); });
    });
    // A paste that names a code the catalog does not know is about that error: only its literal text may still match.
    var hasUnknownCode = !codeHits.length && extractCodes(s).some(function (m) {
      return m.context !== 'freeText' && m.value.length >= 3;
    });

    var cleaned = cleanPaste(s.length > 65536 ? s.slice(0, 65536) : s);
    var pasted = normalize(cleaned);
    var padded = ' ' + pasted + ' ';
    var fragment = pasted.length >= 15 && pasted.split(' ').length >= 3 ? ' ' + pasted + ' ' : null;
    // Beside a code, a short generic literal ("Invalid parameter", the family's message) is noise, not a second error.
    var shortest = results.length ? 40 : 0;
    prep.errors.forEach(function (pair) {
      var literal = ' ' + pair[1] + ' ';
      if (pair[1].length < shortest) return;
      if (padded.indexOf(literal) >= 0 || (fragment && !hasUnknownCode && literal.indexOf(fragment) >= 0)) {
        add(pair[0], 'error', 0.9);
      }
    });

    if (!results.length && !hasUnknownCode) {
      textMatches(prep, cleaned).forEach(function (match) { add(match.n, 'text', match.score); });
    }
    return results.slice(0, limit);
  }

  /** The code as the article writes it (`ycloud:TOO_MANY_REQUESTS`), else as resolved. */
  function displayCode(article, code) {
    var list = Array.isArray(article.codes) ? article.codes : [];
    for (var i = 0; i < list.length; i += 1) if (String(list[i]).toLowerCase() === code) return String(list[i]);
    return code;
  }

  /** The best one or two articles whose words cover a good share of the paste's rarity-weighted words. */
  function textMatches(prep, cleaned) {
    var n = prep.articles.length;
    var words = [];
    var seen = new Set();
    tokenObjects(cleaned, prep.lang).forEach(function (t) {
      if (t.isNumber || t.word.length < 2 || prep.stopWords.has(t.word) || STRUCTURAL.has(t.word)) return;
      if (seen.has(t.word) || words.length >= 200) return;
      seen.add(t.word);
      words.push(t.word);
    });
    if (words.length < 2) return [];
    var total = 0;
    var credit = new Float64Array(n);
    var matched = new Uint16Array(n);
    words.forEach(function (word) {
      var hits = wordHits(prep, word, false, false, PASTE_SHARES);
      // A word no article has says the paste is about something else, but not which article it is about.
      var weight = hits.size ? Math.log(1 + n / hits.size) : 1;
      total += weight;
      hits.forEach(function (share, a) { credit[a] += weight * share; matched[a] += 1; });
    });
    var minimum = Math.min(5, 1.8 * Math.log(1 + n));
    var accepted = [];
    for (var a = 0; a < n; a += 1) {
      var share = credit[a] / total;
      if ((share >= 0.5 && matched[a] >= 2 && credit[a] >= minimum) ||
          (share >= 0.4 && matched[a] >= 3 && credit[a] >= minimum * 1.2)) {
        accepted.push({ n: a, score: share });
      }
    }
    accepted.sort(function (x, y) { return y.score - x.score || x.n - y.n; });
    return accepted.filter(function (m, i) { return i === 0 || (i === 1 && m.score >= accepted[0].score * 0.8); });
  }

  var api = {
    fold: fold, lowercase: lowercase, normalize: normalize, tokenize: tokenize, extractCodes: extractCodes,
    resolveCodes: resolveCodes, cleanPaste: cleanPaste, search: search, analysePaste: analysePaste
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
        render(doc, pasteResults, text.trim() ? analysePaste(text, index) : null, langRoot, { withSteps: true });
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
