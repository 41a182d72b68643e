// Tests of the browser script of the generated site: node --test Tests/Site/site-js.test.mjs
//
// site.js is a classic script (an IIFE): it is run once with only `module` to reach its pure functions,
// and in `vm` contexts with a small fake `window`/`document` to check how it wires the page.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import vm from 'node:vm';

const source = readFileSync(new URL('../../Sources/FixdeskSite/DefaultTheme/site.js', import.meta.url), 'utf8');

// Run in this realm (so that its arrays compare with deepEqual), as CommonJS: with no `document`, no DOM is touched.
function loadFunctions() {
  const module = { exports: {} };
  const wrapper = new vm.Script('(function (module) {' + source + '\n})', { filename: 'site.js' }).runInThisContext();
  wrapper.call(undefined, module);
  return module.exports;
}

const site = loadFunctions();
const { fold, tokenize, search } = site;

// The paste box runs the matcher's rules, which the site generator writes from the matcher's constants and the
// content (assets/match-rules.js): these tests read the rules of a site generated from the bundled content.
// scripts/test.sh generates it; FIXDESK_TEST_SITE names another; failing both, the debug build generates it here.
const repository = new URL('../../', import.meta.url).pathname;
const SITE = process.env.FIXDESK_TEST_SITE || repository + '.build/node-test-site';
if (!existsSync(SITE + '/assets/match-rules.js')) {
  const binary = repository + '.build/debug/fixdesk';
  if (!existsSync(binary)) throw new Error('no generated site at ' + SITE + ': run `swift build --product fixdesk` first');
  execFileSync(binary, ['site', '--content', repository + 'content', '--out', SITE], { stdio: 'ignore' });
}
function loadWindow(file) {
  const context = { window: {} };
  vm.createContext(context);
  vm.runInContext(readFileSync(file, 'utf8'), context);
  return context.window;
}
const RULES = loadWindow(SITE + '/assets/match-rules.js').FIXDESK_MATCH;
const SITE_INDEX = { en: loadWindow(SITE + '/en/search-index.js').FIXDESK_INDEX, tr: loadWindow(SITE + '/tr/search-index.js').FIXDESK_INDEX };
const extractCodes = (text) => site.extractCodes(text, RULES);
const resolveCodes = (text, index) => site.resolveCodes(text, index, RULES);
const analysePaste = (text, index, options = {}) => site.analysePaste(text, index, { rules: RULES, ...options });

// A small Turkish index shaped like search-index.js: terms are folded stems and surface words.
const INDEX = {
  lang: 'tr',
  stopWords: ['ve', 'bir', 'bu', 'icin', 'veya', 'cok', 'ne', 'mi'],
  articles: [
    {
      id: 'template-paused',
      title: 'Şablon duraklatıldı veya devre dışı bırakıldı',
      summary: 'Meta, şablonu düşük kalite puanı nedeniyle duraklattı; durduruldu olarak görünen şablon gönderilemez.',
      url: 'templates/template-paused/index.html',
      codes: ['132015', '2061', 'webex:7869'],
      errors: ['Template is paused',
        'Mesajınızı gönderemedik. Meta, bu şablonu düşük kalite puanı nedeniyle duraklattı'],
      t: 'sablo sablon duraklat duraklatildi devr devre dis disi birak birakildi',
      e: 'templat template paus paused mesaj mesajinizi gonder gonderemedik meta sablo sablonu dusuk kali kalite ' +
        'puan puani neden nedeniyle duraklat duraklatti',
      s: 'meta sablo sablonu dusuk kali kalite puan puani neden nedeniyle duraklat duraklatti durdurul durduruldu ' +
        'gorun gorunen sablo sablon gonderilemez',
      k: 'sablo sablon kali kalite duraklat duraklatildi',
      b: 'meta her sablo sablonu alici alicilar tepki tepkisine gore puanl puanlar kali kalite puan puani dus duser ' +
        'whatsapp yonetici yoneticisi sablo sablonlari yonet sekme sekmesini acin durum durumunu kontrol edin'
    },
    {
      id: 'whatsapp-24-hour-window',
      title: '24 saatlik hizmet penceresi kapandı',
      summary: 'Müşterinin son mesajından 24 saat geçtiği için serbest mesaj gönderilemiyor; yalnızca onaylı bir şablon ulaşır.',
      url: 'messaging/whatsapp-24-hour-window/index.html',
      codes: ['131047', '470', 'twilio:63016', 'cmcom:62'],
      errors: ['Mesajınız gönderilemedi. Alıcı 24 saatten uzun süredir aktif değil. Lütfen onaylı bir şablon kullanın veya yanıtlarını bekleyin',
        'Re-engagement message'],
      t: '24 saat saatlik hizmet pencere penceresi kapa kapandi',
      e: 'mesaj mesajiniz gonderileme gonderilemedi alic alici 24 saat saatten uzun sure suredir aktif degil lutfen ' +
        'onay onayli sablo sablon kullan kullanin yanit yanitlarini bekle bekleyin re engagement messag message',
      s: 'musteri musterinin son mesaj mesajindan 24 saat gec gectigi serbest mesaj gonderilemiyor yalniz yalnizca ' +
        'onay onayli sablo sablon ulas ulasir',
      k: '24 saat sablo sablon serbest mesaj',
      b: 'whatsapp isletme isletmelerin serbest bicim bicimli mesaj mesajlari musteri hizmet pencere penceresi icinde ' +
        'gonder gondermesine izin verir onay onayli sablo sablon gonderin musterinin yanit yanitini bekleyin'
    },
    {
      id: 'recipient-not-on-whatsapp',
      title: 'Alıcı WhatsApp kullanmıyor veya mesaj teslim edilemedi',
      summary: 'Numara WhatsApp’a kayıtlı değil ya da alıcının uygulaması güncel değil.',
      url: 'messaging/recipient-not-on-whatsapp/index.html',
      codes: ['131026', 'twilio:63024'],
      errors: ['Message undeliverable',
        'Mesaj gönderilemedi. Alıcının WhatsApp’ın yeni şartlarını kabul etmesi, uygulamasını güncellemesi veya WhatsApp’a kayıt olması gerekebilir.'],
      t: 'alic alici whatsapp kullan kullanmiyor mesaj teslim edileme edilemedi',
      e: 'messag message undeliver undeliverable mesaj gonderileme gonderilemedi alic alicinin whatsapp yeni sart ' +
        'sartlarini kabul etme etmesi uygulama uygulamasini guncelle guncellemesi kayit olma olmasi gerek gerekebilir',
      s: 'numara whatsapp kayit kayitli degil alic alicinin uygulama uygulamasi guncel degil',
      k: 'teslim whatsapp',
      b: 'alic alici numara numarasi whatsapp hesab hesabi yok uygulama guncelle guncellemesini isteyin'
    },
    {
      id: 'access-token-expired',
      title: 'Erişim anahtarının süresi doldu',
      summary: 'CRM’in kullandığı erişim anahtarı geçersiz; yeni bir anahtar oluşturulmalı.',
      url: 'authorization/access-token-expired/index.html',
      codes: ['190'],
      errors: ['Error validating access token: Session has expired'],
      t: 'erisim anahtar anahtarinin sure suresi dol doldu',
      e: 'validat validating access token session expir expired',
      s: 'crm kullan kullandigi erisim anahtar anahtari gecersiz yeni anahtar olustur olusturulmali',
      k: 'erisim anahtar token',
      b: 'meta business suite sistem kullanici kullanicisi icin yeni kalici erisim anahtar anahtari olusturun'
    },
    {
      id: 'invalid-parameter',
      title: 'Geçersiz parametre',
      summary: 'İstekteki bir alan beklenen biçimde değil.',
      url: 'messaging/invalid-parameter/index.html',
      codes: ['100'],
      errors: ['Invalid parameter'],
      t: 'gecersiz parametre',
      e: 'invalid paramet parameter',
      s: 'istek istekteki alan beklen beklenen bicim biciminde degil',
      k: 'parametre',
      b: 'istek govde govdesini api belge belgesiyle karsilastirin'
    },
    {
      id: 'template-limit-exceeded',
      title: 'Şablon sayısı sınırı aşıldı',
      summary: 'Bu WhatsApp hesabı için izin verilen en fazla şablon sayısına ulaşıldı.',
      url: 'templates/template-limit-exceeded/index.html',
      codes: ['2388019'],
      errors: ['Message Template Limit Exceeded'],
      t: 'sablo sablon sayi sayisi sinir siniri asil asildi',
      e: 'messag message templat template limit exceed exceeded',
      s: 'whatsapp hesab hesabi izin veril verilen fazla sablo sablon sayi sayisina ulas ulasildi',
      k: 'sablo sablon limit',
      b: 'kullanil kullanilmayan sablo sablonlari silin'
    },
    {
      id: 'permission-denied',
      title: 'İzin reddedildi',
      summary: 'Uygulamanın bu işlem için gereken izni yok.',
      url: 'authorization/permission-denied/index.html',
      codes: ['10', '200-299'],
      errors: ['Permission denied'],
      t: 'izin redded reddedildi',
      e: 'permiss permission deni denied',
      s: 'uygulama uygulamanin islem gerek gereken izni yok',
      k: 'izin',
      b: 'whatsapp business management izni verin'
    }
  ]
};

const ids = (results) => results.map((r) => r.article.id);

describe('folding and tokenizing', () => {
  test('Turkish dotted and dotless I meet', () => {
    assert.equal(fold('IĞDIR', 'tr'), 'igdir');
    assert.equal(fold('ığdır'), 'igdir');
    assert.equal(fold('IĞDIR', 'tr'), fold('ığdır'));
    assert.equal(fold('İSTANBUL', 'tr'), 'istanbul');
    assert.equal(fold('İstanbul', 'en'), 'istanbul'); // no stray combining dot outside Turkish either
  });

  test('Turkish letters, circumflexes and other diacritics are folded', () => {
    assert.equal(fold('ŞABLONUNUZU', 'tr'), 'sablonunuzu');
    assert.equal(fold('Çağrı Ünlü Göğüş', 'tr'), 'cagri unlu gogus');
    assert.equal(fold('hâlâ kâr', 'tr'), 'hala kar');
    assert.equal(fold('naïve café Ångström', 'en'), 'naive cafe angstrom');
  });

  test('apostrophe suffixes are dropped, for both apostrophes', () => {
    assert.deepEqual(tokenize('WhatsApp’ın', 'tr'), ['whatsapp']);
    assert.deepEqual(tokenize("Meta'nın şablonu", 'tr'), ['meta', 'sablonu']);
    assert.deepEqual(tokenize('131047’de takıldım', 'tr'), ['131047', 'takildim']);
    assert.deepEqual(tokenize('re-engagement, (#131047)!', 'en'), ['re', 'engagement', '131047']);
  });
});

describe('code extraction', () => {
  const values = (text) => extractCodes(text).filter((m) => m.context !== 'freeText').map((m) => m.value);

  test('Graph API error object', () => {
    const paste = '{"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,' +
      '"error_subcode":2494010,"fbtrace_id":"AbCdEf123"}}';
    const mentions = extractCodes(paste);
    assert.deepEqual(mentions.map((m) => m.value), ['131047', '131047', '2494010']);
    assert.equal(mentions[0].context, 'hashInParentheses');
    assert.equal(mentions[1].context, 'key');
    assert.equal(mentions[1].path, 'error.code');
    assert.equal(mentions[1].isSubcode, false);
    assert.equal(mentions[2].isSubcode, true);
    // As the command line: a subcode the catalog does not know is an error it does not know, and hides the code
    // restating its family; the literal error text still finds the article.
    assert.deepEqual(resolveCodes(paste, INDEX).map((h) => h.code), []);
    const results = analysePaste(paste, INDEX);
    assert.deepEqual(ids(results), ['whatsapp-24-hour-window']);
    assert.equal(results[0].kind, 'error');
    const known = analysePaste(paste.replace(',"error_subcode":2494010', ''), INDEX);
    assert.equal(known[0].kind, 'code');
    assert.deepEqual(known[0].codes, ['131047']);
  });

  test('shapes of real pastes, as the command line reads them', () => {
    // A documentation table's row copied without the space between its cells.
    assert.deepEqual(extractCodes('131021Unable to send message to this phone number').map((m) => m.value), ['131021']);
    assert.deepEqual(extractCodes('order 131047abc, ref A131047Unable').map((m) => m.value), []);
    // A short code labelling a line counts where its article has the paste's words, not beside an HTTP status's.
    const german = '410 – Nachricht abgelaufen\n\nDie Nachricht konnte nicht während des TTL-Zeitraums (Time To Live) versendet werden.';
    assert.deepEqual(ids(analysePaste(german, SITE_INDEX.en)).slice(0, 1), ['message-expired']);
    assert.deepEqual(ids(analysePaste('410 – Gone\nThe requested resource is no longer available on this server.', SITE_INDEX.en)), []);
    // A provider's named code, written in capitals, where the paste names the provider.
    const ycloud = 'YCloud webhook: {"status":"failed","errorCode":"BALANCE_INSUFFICIENT","errorMessage":"x"}';
    assert.deepEqual(resolveCodes(ycloud, SITE_INDEX.en).map((h) => h.code), ['ycloud:balance_insufficient']);
    assert.deepEqual(resolveCodes('Error Response Code: 401 UNAUTHORIZED', SITE_INDEX.en).map((h) => h.code), []);
    // Code 100 with its generic message: the specific error text beside them is the error.
    const template = '{"error":{"message":"Invalid parameter","type":"OAuthException","code":100,' +
      '"error_user_title":"Leading or trailing params not allowed","fbtrace_id":"AbC123"}}';
    assert.deepEqual(ids(analysePaste(template, SITE_INDEX.en)).slice(0, 1), ['template-variables-placement']);
    assert.deepEqual(ids(analysePaste('{"error":{"message":"Invalid parameter","type":"OAuthException","code":100}}', SITE_INDEX.en)).slice(0, 1),
      ['invalid-parameter']);
  });

  test('webhook statuses errors payload', () => {
    const paste = '{"statuses":[{"id":"wamid.HBgMOTA1MzIxMjM0NTY3FQIAEhgg","status":"failed","timestamp":"1700000000",' +
      '"recipient_id":"905321234567","errors":[{"code":131026,"title":"Message undeliverable"}]}]}';
    const mentions = extractCodes(paste);
    assert.deepEqual(mentions.map((m) => m.value), ['131026']);
    assert.equal(mentions[0].path, 'errors[].code');
    assert.deepEqual(ids(analysePaste(paste, INDEX)), ['recipient-not-on-whatsapp']);
  });

  test('provider codes, keywords and Turkish wording', () => {
    const twilio = extractCodes('twilio:63016');
    assert.equal(twilio.length, 1);
    assert.equal(twilio[0].value, '63016');
    assert.equal(twilio[0].provider, 'twilio');
    assert.equal(twilio[0].context, 'bare');
    assert.deepEqual(values('Error 63016'), ['63016']);
    assert.deepEqual(values('Twilio Error 63016 - Outside messaging window'), ['63016']);
    assert.deepEqual(values('hata kodu 131026'), ['131026']);
    assert.deepEqual(values('hata kodu: 131047'), ['131047']);
    assert.deepEqual(values('2026-11-25 10:31:02 ERROR send failed code=131048 to=+905321234567'), ['131048']);
    assert.deepEqual(values("{'error': {'message': 'Template is paused', 'code': 132015, 'error_subcode': 2494100}}"),
      ['132015', '2494100']);
    assert.deepEqual(values('#132000'), ['132000']);

    for (const paste of ['twilio:63016', 'Twilio Error 63016', 'Error 63016', 'error 131047', '131047']) {
      assert.equal(ids(analysePaste(paste, INDEX))[0], 'whatsapp-24-hour-window', paste);
    }
    assert.deepEqual(ids(analysePaste('hata kodu 131026', INDEX)), ['recipient-not-on-whatsapp']);
    const labelled = analysePaste('Twilio Error 63016', INDEX)[0];
    assert.deepEqual(labelled.codes, ['twilio:63016']);
  });

  test('an HTTP status is not a provider code unless the provider is named', () => {
    const index = structuredClone(INDEX);
    index.articles[0].codes.push('360dialog:400');
    const axios = 'Error: Request failed with status code 400 - {"error":{"message":"(#131047) Re-engagement message","code":131047}}';
    assert.deepEqual(ids(analysePaste(axios, index)), ['whatsapp-24-hour-window']);
    assert.equal(ids(analysePaste('360dialog: 400', index))[0], index.articles[0].id);
  });

  test('phone numbers, timestamps, amounts and ids are not codes', () => {
    assert.deepEqual(extractCodes('+90 532 123 45 67'), []);
    assert.deepEqual(extractCodes('1732540000'), []);
    assert.deepEqual(extractCodes('Müşteri +90 532 123 45 67 numarasından 1732540000 zamanında yazdı'), []);
    const paste = 'Call +90 532 123 45 67 on 2026-11-25 at 10:30, amount 131.047 TL, id 1234567890123, order 131047abc';
    assert.deepEqual(extractCodes(paste).filter((m) => m.value.length >= 5), []);
    assert.deepEqual(values('{"id": 131047, "timestamp": "131047", "phone_number_id": 131026}'), []);
  });

  test('a known subcode wins over its parent code', () => {
    const paste = '{"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,' +
      '"error_subcode":2388019,"error_user_title":"Message Template Limit Exceeded","fbtrace_id":"AbCdEf123"}}';
    assert.deepEqual(resolveCodes(paste, INDEX).map((h) => h.code), ['2388019']);
    const results = analysePaste(paste, INDEX);
    assert.equal(results[0].article.id, 'template-limit-exceeded');
    // The parent code's article is there only by its literal text, below the subcode's.
    assert.ok(results.slice(1).every((r) => r.kind !== 'code'));
    // Without a subcode the parent code is the answer.
    assert.equal(ids(analysePaste('{"error":{"message":"(#100) Invalid parameter","code":100}}', INDEX))[0],
      'invalid-parameter');
  });

  test('codes in a range and unknown codes', () => {
    assert.deepEqual(ids(analysePaste('{"error":{"code":250}}', INDEX)), ['permission-denied']);
    // A code the catalog does not know is about that error: no loose word matches.
    assert.deepEqual(ids(analysePaste('error 999999: şablon duraklatıldı durduruldu', INDEX)), []);
  });
});

describe('paste analysis', () => {
  test('literal error text, in capitals and without Turkish letters', () => {
    const paste = 'MESAJINIZ GONDERILEMEDI. ALICI 24 SAATTEN UZUN SUREDIR AKTIF DEGIL. LUTFEN ONAYLI BIR SABLON KULLANIN VEYA YANITLARINI BEKLEYIN';
    const results = analysePaste(paste, INDEX);
    assert.deepEqual(ids(results), ['whatsapp-24-hour-window']);
    assert.equal(results[0].kind, 'error');
    assert.deepEqual(ids(analysePaste('14:32 Müşteri: Ayşe (+90 532 123 45 67) Re-engagement message', INDEX)),
      ['whatsapp-24-hour-window']);
  });

  test('literal texts match whole words only', () => {
    // "Template is paused" must not be found inside "Template is pausedx".
    assert.ok(!ids(analysePaste('Template is pausedx now', INDEX)).includes('template-paused'));
  });

  test('reworded Turkish text finds the article by its words', () => {
    const results = analysePaste('Meta şablonumuzu düşük kalite puanı yüzünden duraklattı, ne yapmalıyız?', INDEX);
    assert.equal(results[0].article.id, 'template-paused');
    assert.equal(results[0].kind, 'text');
    assert.ok(results.length <= 2);
  });

  test('unrelated text finds nothing', () => {
    for (const paste of ['The weather is lovely today', 'Bugün hava çok güzel, yarın pikniğe gidelim',
      'Call me at +90 532 123 45 67 tomorrow', '1234', '', '   ']) {
      assert.deepEqual(ids(analysePaste(paste, INDEX)), [], paste);
    }
  });

  test('at most five results, one per article, but every code pasted keeps its article', () => {
    const paste = 'code=131047\ncode=131026\ncode=132015\ncode=190\ncode=100\ncode=2388019 (error_code)\ncode=10\n' +
      'twilio error 63016';
    const results = analysePaste(paste, INDEX);
    assert.equal(new Set(ids(results)).size, results.length);
    assert.deepEqual(ids(results).slice(0, 3), ['whatsapp-24-hour-window', 'recipient-not-on-whatsapp', 'template-paused']);
    assert.ok(results.every((r) => r.kind === 'code'));
    const words = analysePaste('şablon duraklatıldı kalite puanı düşük sayısı sınırı parametre izin erişim anahtarı', INDEX);
    assert.ok(words.length <= 5);
  });
});

describe('search', () => {
  test('a Turkish query without Turkish letters and in capitals', () => {
    assert.equal(ids(search('SABLON DURDURULDU', INDEX))[0], 'template-paused');
    assert.equal(ids(search('şablon duraklatıldı', INDEX))[0], 'template-paused');
  });

  test('inflected words meet their stems', () => {
    assert.equal(ids(search('şablonlarınız duraklatılmış', INDEX))[0], 'template-paused');
  });

  test('a one-letter typo still finds the article', () => {
    assert.equal(ids(search('sbalon durdurulda', INDEX))[0], 'template-paused');
    assert.equal(ids(search('erisim anahtarnın', INDEX))[0], 'access-token-expired');
  });

  test('the word being typed is a prefix', () => {
    assert.equal(ids(search('erişim anah', INDEX))[0], 'access-token-expired');
    // Finished words are not prefixes: "anah" alone matches nothing.
    assert.deepEqual(search('anah', INDEX, { typing: false }), []);
  });

  test('stop words are ignored; the articles with every word come first', () => {
    assert.deepEqual(ids(search('ve bir şablon durduruldu', INDEX)), ids(search('şablon durduruldu', INDEX)));
    assert.equal(ids(search('şablon sınırı', INDEX))[0], 'template-limit-exceeded');
  });

  test('fewer than three articles with every word: the partial matches follow them, as on the command line', () => {
    // Only one article has both words; the others with one of them are listed after it, not dropped.
    const results = ids(search('şablon sınırı', INDEX));
    assert.ok(results.length > 1);
    assert.ok(results.slice(1).includes('template-paused'));
    // A named code stays precise: no loose matches around its article.
    assert.deepEqual(ids(search('131047 şablon', INDEX)), ids(search('131047 şablon', INDEX)).slice(0, 1));
  });

  test('when no article has every word, the best partial matches are shown', () => {
    const results = ids(search('şablon piknik', INDEX));
    assert.ok(results.length > 0);
    assert.ok(results.includes('template-paused'));
  });

  test('a code in the query puts the article claiming it first', () => {
    assert.deepEqual(ids(search('131047', INDEX)), ['whatsapp-24-hour-window']);
    assert.equal(ids(search('twilio:63016', INDEX))[0], 'whatsapp-24-hour-window');
    assert.equal(ids(search('63016', INDEX))[0], 'whatsapp-24-hour-window');
    assert.equal(ids(search('hata 131026 şablon', INDEX))[0], 'recipient-not-on-whatsapp');
    assert.equal(ids(search('250', INDEX))[0], 'permission-denied');
  });

  test('nothing for unknown words, at most 20 results', () => {
    assert.deepEqual(search('xyzzy', INDEX), []);
    assert.deepEqual(search('', INDEX), []);
    const big = { lang: 'tr', stopWords: [], articles: [] };
    for (let i = 0; i < 30; i += 1) {
      big.articles.push({ id: 'a' + i, title: 'Şablon ' + i, summary: '', url: 'a/' + i + '/index.html', codes: [],
        errors: [], t: 'sablo sablon', e: '', s: '', k: '', b: '' });
    }
    assert.equal(search('şablon', big).length, 20);
  });
});

describe('search with synonym groups', () => {
  // Groups as search-index.js exports them: each member as its terms (SearchIndexBuilder, `synonyms`).
  const WITH_SYNONYMS = Object.assign({}, INDEX, {
    synonyms: [[['duraklat'], ['aski', 'alin'], ['askida']], [['kalite'], ['saat']]]
  });

  test('a word no article has finds the article of its synonym', () => {
    assert.equal(ids(search('şablon askıda ', WITH_SYNONYMS))[0], 'template-paused');
    assert.equal(ids(search('SABLON ASKIDA ', WITH_SYNONYMS))[0], 'template-paused');
    assert.deepEqual(search('askıda ', INDEX), []);
  });

  test('a phrase of a group is one member', () => {
    assert.equal(ids(search('şablon askıya alındı ', WITH_SYNONYMS))[0], 'template-paused');
  });

  test('the word typed outranks its synonym', () => {
    assert.deepEqual(ids(search('kalite ', WITH_SYNONYMS)).slice(0, 2), ['template-paused', 'whatsapp-24-hour-window']);
    assert.deepEqual(ids(search('saat ', WITH_SYNONYMS)).slice(0, 2), ['whatsapp-24-hour-window', 'template-paused']);
  });

  test('a member of several words counts only where the index has it as a phrase', () => {
    // Both articles have the words of "devre dışı", only one of them as a phrase (SearchIndexBuilder, `phrases`).
    const article = (id, title, t) => ({ id, title, summary: '', url: id + '/index.html', codes: [], errors: [], t,
      e: '', s: '', k: '', b: '' });
    const index = {
      lang: 'tr', stopWords: [],
      articles: [article('scattered', 'Devre sayısı dışında kaldı', 'devr devre disi'),
        article('phrase', 'Devre dışı bırakıldı', 'devr devre disi')],
      synonyms: [[['devr', 'disi'], ['kapat']]],
      phrases: { 'devr disi': [1, 1] }
    };
    assert.deepEqual(ids(search('devre dışı ', index)), ['phrase']);
    // An index without phrase postings matches the member's words anywhere, as before.
    assert.deepEqual(ids(search('devre dışı ', Object.assign({}, index, { phrases: undefined }))).sort(), ['phrase', 'scattered']);
  });

  test('a word whose stem is shorter than four letters still finds its group', () => {
    // "ödeme" is indexed as its stem "ode" followed by "odeme"; the group holds the stem.
    const article = (id, t) => ({ id, title: id, summary: '', url: id + '/index.html', codes: [], errors: [], t,
      e: '', s: '', k: '', b: '' });
    const index = {
      lang: 'tr', stopWords: [],
      articles: [article('payment', 'ode odeme yonte yontemi'), article('invoice', 'fatur fatura')],
      synonyms: [[['ode'], ['fatur']]]
    };
    assert.deepEqual(ids(search('fatura ', index)), ['invoice', 'payment']);
    assert.deepEqual(ids(search('ödeme ', index)), ['payment', 'invoice']);
  });

  test('an index without groups searches as before', () => {
    assert.deepEqual(ids(search('şablon durduruldu', WITH_SYNONYMS)), ids(search('şablon durduruldu', INDEX)));
  });
});

// ---------------------------------------------------------------------------
// The page: a fake DOM with just what site.js uses.

class FakeNode {
  constructor(tagName, text) {
    this.tagName = tagName;
    this.childNodes = [];
    this.attributes = {};
    this.listeners = {};
    this.className = '';
    this.value = '';
    this.ownText = text || '';
  }
  get firstChild() { return this.childNodes[0] || null; }
  get children() { return this.childNodes.filter((n) => n.tagName !== '#text'); }
  appendChild(node) { this.childNodes.push(node); return node; }
  removeChild(node) { this.childNodes.splice(this.childNodes.indexOf(node), 1); return node; }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  getAttribute(name) { return Object.prototype.hasOwnProperty.call(this.attributes, name) ? this.attributes[name] : null; }
  addEventListener(type, listener) { (this.listeners[type] = this.listeners[type] || []).push(listener); }
  dispatch(type) {
    const event = { type, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    for (const listener of this.listeners[type] || []) listener(event);
    return event;
  }
  get textContent() { return this.tagName === '#text' ? this.ownText : this.childNodes.map((n) => n.textContent).join(''); }
  set textContent(text) { this.childNodes = text ? [new FakeNode('#text', String(text))] : []; }
  set innerHTML(_) { throw new Error('site.js must not use innerHTML'); }
  all(test) {
    return this.children.flatMap((child) => (test(child) ? [child] : []).concat(child.all(test)));
  }
  // Only the selectors site.js uses: '.class' and 'tbody tr'.
  querySelectorAll(selector) {
    if (selector === 'tbody tr') return this.all((n) => n.tagName === 'tbody').flatMap((b) => b.all((n) => n.tagName === 'tr'));
    return this.all((n) => n.className.split(' ').includes(selector.slice(1)));
  }
  find(tagName) {
    for (const child of this.children) {
      if (child.tagName === tagName) return child;
      const found = child.find(tagName);
      if (found) return found;
    }
    return null;
  }
}

function fakePage({ withIndex = true, index = INDEX, search: query = '', hash = '', elements = ['search', 'paste'], langRoot = '../',
  storage = new Map() } = {}) {
  const byId = {};
  const add = (id, tag, attributes = {}) => {
    const node = new FakeNode(tag);
    Object.assign(node.attributes, attributes, { id });
    byId[id] = node;
  };
  if (elements.includes('search')) {
    add('search-form', 'form');
    add('search-input', 'input');
    add('search-results', 'div', { 'data-no-results': 'Eşleşen bir sonuç bulunamadı.', 'data-code-label': 'Hata kodu' });
  }
  if (elements.includes('paste')) {
    add('paste-form', 'form');
    add('paste-input', 'textarea');
    add('paste-results', 'div', { 'data-no-results': 'Eşleşen bir sonuç bulunamadı.', 'data-code-label': 'Hata kodu',
      'data-copy': 'Adımları kopyala', 'data-copied': 'Kopyalandı', 'data-read': 'Makalenin tamamını okuyun' });
    add('paste-recent', 'div', { 'data-title': 'Son yapıştırılanlar', 'data-clear': 'Temizle' });
  }
  const html = new FakeNode('html');
  Object.assign(html.attributes, { lang: 'tr', 'data-lang': 'tr', 'data-lang-root': langRoot });
  const timers = [];
  const replaced = [];
  const pushed = [];
  const copied = [];
  const windowListeners = {};
  const document = {
    readyState: 'interactive',
    documentElement: html,
    getElementById: (id) => byId[id] || null,
    createElement: (tag) => new FakeNode(tag),
    createTextNode: (text) => new FakeNode('#text', text),
    querySelectorAll: (selector) => (byId.body ? byId.body.querySelectorAll(selector) : []),
    addEventListener() {}
  };
  const window = {
    document,
    location: { search: query, hash, href: 'file:///site/tr/search/index.html' + query + hash },
    history: {
      replaceState(_state, _title, url) { replaced.push(url); },
      pushState(_state, _title, url) { pushed.push(url); window.location.hash = url; }
    },
    navigator: { clipboard: { writeText: (text) => { copied.push(text); return { then: (ok) => ok() }; } } },
    localStorage: {
      getItem: (key) => (storage.has(key) ? storage.get(key) : null),
      setItem: (key, value) => storage.set(key, String(value)),
      removeItem: (key) => storage.delete(key)
    },
    addEventListener: (type, listener) => { (windowListeners[type] = windowListeners[type] || []).push(listener); },
    setTimeout: (fn) => { timers.push(fn); return timers.length; },
    clearTimeout: (id) => { timers[id - 1] = null; },
    FIXDESK_INDEX: withIndex ? index : undefined,
    FIXDESK_MATCH: RULES
  };
  document.defaultView = window;
  const goBack = (hashBefore) => {
    window.location.hash = hashBefore;
    for (const listener of windowListeners.popstate || []) listener({});
  };
  const context = { window, document };
  vm.createContext(context);
  vm.runInContext(source, context, { filename: 'site.js' });
  const flush = () => { while (timers.length) { const fn = timers.shift(); if (fn) fn(); } };
  return { byId, window, flush, replaced, pushed, copied, storage, goBack, context };
}

describe('the page', () => {
  test('nothing is exported to the page', () => {
    const page = fakePage();
    assert.equal(page.context.module, undefined);
    assert.deepEqual(Object.keys(page.window).sort(),
      ['FIXDESK_INDEX', 'FIXDESK_MATCH', 'addEventListener', 'clearTimeout', 'document', 'history', 'localStorage', 'location', 'navigator',
        'setTimeout']);
  });

  test('the search page shows results for ?q= with links relative to the language folder', () => {
    const page = fakePage({ search: '?q=SABLON+DURDURULDU' });
    assert.equal(page.byId['search-input'].value, 'SABLON DURDURULDU');
    const list = page.byId['search-results'].find('ol');
    assert.ok(list, 'a result list');
    assert.equal(list.className, 'results');
    const first = list.children[0];
    const link = first.find('a');
    assert.equal(link.getAttribute('href'), '../templates/template-paused/index.html');
    assert.equal(link.textContent, 'Şablon duraklatıldı veya devre dışı bırakıldı');
    assert.equal(first.find('span').className, 'codes');
    // Codes as people name them, and the query's words marked.
    assert.equal(first.find('span').textContent, '132015 · 2061 · Webex 7869');
    assert.deepEqual(first.find('a').children.map((n) => n.tagName), ['mark']);
    assert.equal(first.find('a').find('mark').textContent, 'Şablon');
    assert.match(first.find('p').textContent, /^Meta, şablonu/);
  });

  test('typing searches after a pause; submitting searches and updates the URL', () => {
    const page = fakePage();
    const input = page.byId['search-input'];
    input.value = 'xyzzy';
    input.dispatch('input');
    assert.equal(page.byId['search-results'].childNodes.length, 0); // debounced
    page.flush();
    const message = page.byId['search-results'].find('p');
    assert.equal(message.className, 'no-results');
    assert.equal(message.textContent, 'Eşleşen bir sonuç bulunamadı.');

    input.value = 'erişim anahtarı';
    const event = page.byId['search-form'].dispatch('submit');
    assert.ok(event.defaultPrevented);
    assert.deepEqual(page.replaced, ['?q=eri%C5%9Fim%20anahtar%C4%B1']);
    assert.equal(page.byId['search-results'].find('a').textContent, 'Erişim anahtarının süresi doldu');
  });

  test('a refused history.replaceState does not stop the search', () => {
    const page = fakePage();
    page.window.history.replaceState = () => { throw new Error('SecurityError'); };
    page.byId['search-input'].value = '131047';
    page.byId['search-form'].dispatch('submit');
    assert.equal(page.byId['search-results'].find('a').textContent, '24 saatlik hizmet penceresi kapandı');
  });

  test('the paste box labels code results and says when nothing matches', () => {
    const page = fakePage({ langRoot: './' });
    const input = page.byId['paste-input'];
    input.value = '{"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"fbtrace_id":"AbCdEf123"}}';
    const event = page.byId['paste-form'].dispatch('submit');
    assert.ok(event.defaultPrevented);
    const item = page.byId['paste-results'].find('li');
    assert.equal(item.find('a').getAttribute('href'), './messaging/whatsapp-24-hour-window/index.html');
    assert.equal(item.find('span').textContent, 'Hata kodu 131047');

    input.value = 'Bugün hava çok güzel';
    input.dispatch('paste');
    page.flush();
    assert.equal(page.byId['paste-results'].find('p').textContent, 'Eşleşen bir sonuç bulunamadı.');
  });

  test('article text is shown as text, never as markup', () => {
    const index = structuredClone(INDEX);
    index.articles[3].title = '<img src=x onerror=alert(1)> Erişim';
    const page = fakePage({ index, search: '?q=eri%C5%9Fim' });
    const link = page.byId['search-results'].find('a');
    assert.equal(link.textContent, '<img src=x onerror=alert(1)> Erişim');
    // Only text and the <mark> of the searched word: the title's markup stays text.
    assert.deepEqual(link.childNodes.map((n) => n.tagName), ['#text', 'mark']);
    assert.equal(link.childNodes[0].textContent, '<img src=x onerror=alert(1)> ');
  });

  test('pages without the index or the elements are left alone', () => {
    assert.doesNotThrow(() => fakePage({ withIndex: false, search: '?q=sablon' }));
    const page = fakePage({ withIndex: false, search: '?q=sablon' });
    assert.equal(page.byId['search-input'].value, '');
    assert.equal(page.byId['search-results'].childNodes.length, 0);
    assert.doesNotThrow(() => fakePage({ elements: [], search: '?q=sablon' }));
    assert.doesNotThrow(() => fakePage({ elements: ['paste'] }));
  });

  test('the paste box shows the numbered steps, copies them and links the article', () => {
    const index = structuredClone(INDEX);
    const window24 = index.articles.find((a) => a.codes.includes('131047'));
    window24.steps = ['Son mesajın saatine bakın.', 'Onaylı bir şablon gönderin.'];
    const page = fakePage({ index, langRoot: './' });
    page.byId['paste-input'].value = '(#131047) Re-engagement message';
    page.byId['paste-form'].dispatch('submit');
    const item = page.byId['paste-results'].find('li');
    const steps = item.find('div').find('ol');
    assert.equal(steps.className, 'steps');
    assert.deepEqual(steps.children.map((li) => li.textContent), window24.steps);
    const copy = item.find('button');
    assert.equal(copy.textContent, 'Adımları kopyala');
    copy.dispatch('click');
    assert.deepEqual(page.copied, [window24.title + '\n1. Son mesajın saatine bakın.\n2. Onaylı bir şablon gönderin.']);
    assert.equal(copy.textContent, 'Kopyalandı');
    const more = item.find('div').find('p').find('a');
    assert.equal(more.textContent, 'Makalenin tamamını okuyun');
    assert.equal(more.getAttribute('href'), './messaging/whatsapp-24-hour-window/index.html');
  });

  test('Ctrl+Enter answers; the paste is kept in the fragment, so Back and a shared link show it again', () => {
    const page = fakePage();
    const input = page.byId['paste-input'];
    input.value = 'error 131047';
    const event = input.dispatch('keydown');
    assert.equal(page.pushed.length, 0, 'a plain key does nothing');
    const keydown = { type: 'keydown', key: 'Enter', ctrlKey: true, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    for (const listener of input.listeners.keydown) listener(keydown);
    assert.ok(keydown.defaultPrevented && !event.defaultPrevented);
    assert.deepEqual(page.pushed, ['#paste=error%20131047']);
    assert.equal(page.byId['paste-results'].find('a').textContent, '24 saatlik hizmet penceresi kapandı');

    input.value = 'Bugün hava çok güzel';
    page.byId['paste-form'].dispatch('submit');
    assert.equal(page.byId['paste-results'].find('p').className, 'no-results');
    page.goBack('#paste=error%20131047');
    assert.equal(input.value, 'error 131047');
    assert.equal(page.byId['paste-results'].find('a').textContent, '24 saatlik hizmet penceresi kapandı');

    const shared = fakePage({ hash: '#paste=' + encodeURIComponent('(#131047) Re-engagement') });
    assert.equal(shared.byId['paste-input'].value, '(#131047) Re-engagement');
    assert.equal(shared.byId['paste-results'].find('a').textContent, '24 saatlik hizmet penceresi kapandı');
    assert.deepEqual(shared.pushed, [], 'opening a shared link adds no history entry');
  });

  test('the last pastes are remembered in the browser, newest first, and can be cleared', () => {
    const storage = new Map();
    const page = fakePage({ storage });
    const input = page.byId['paste-input'];
    for (const text of ['131047', '132015', '131047', 'a', 'b', 'c', 'd']) {
      input.value = text;
      page.byId['paste-form'].dispatch('submit');
    }
    assert.deepEqual(JSON.parse(storage.get('fixdesk.recentPastes')), ['d', 'c', 'b', 'a', '131047']);
    const recent = page.byId['paste-recent'];
    assert.equal(recent.hidden, false);
    assert.equal(recent.find('ul').children.length, 5);
    const reopened = fakePage({ storage });
    const again = reopened.byId['paste-recent'].find('ul').children[4].find('button');
    assert.equal(again.textContent, '131047');
    again.dispatch('click');
    assert.equal(reopened.byId['paste-input'].value, '131047');
    assert.equal(reopened.byId['paste-results'].find('a').textContent, '24 saatlik hizmet penceresi kapandı');
    const clearButton = reopened.byId['paste-recent'].children.find((n) => n.className === 'clear-recent');
    clearButton.dispatch('click');
    assert.equal(storage.has('fixdesk.recentPastes'), false);
    assert.equal(reopened.byId['paste-recent'].hidden, true);
  });

  test('the error-code filter hides the rows, and the providers, its words do not fit', () => {
    const body = new FakeNode('body');
    const group = (name, rows) => {
      const section = body.appendChild(new FakeNode('section'));
      section.className = 'code-group';
      const tbody = section.appendChild(new FakeNode('table')).appendChild(new FakeNode('tbody'));
      for (const text of rows) tbody.appendChild(new FakeNode('tr')).appendChild(new FakeNode('#text', text));
      return section;
    };
    const meta = group('meta', ['131047 24 saatlik hizmet penceresi kapandı', '132015 Düşük kalite nedeniyle şablon duraklatıldı']);
    const twilio = group('twilio', ['Twilio 63016 24 saatlik hizmet penceresi kapandı']);
    const filter = new FakeNode('input');
    filter.attributes.id = 'code-filter';
    // A page without the boxes; the code index's elements are added and the script run again on it.
    const withFilter = fakePage({ elements: [] });
    withFilter.byId['code-filter'] = filter;
    withFilter.byId.body = body;
    vm.runInContext(source, withFilter.context, { filename: 'site.js' });
    filter.value = 'TWILIO 63';
    filter.dispatch('input');
    assert.equal(meta.hidden, true);
    assert.equal(twilio.hidden, false);
    filter.value = 'sablon';
    filter.dispatch('input');
    assert.equal(meta.hidden, false);
    assert.deepEqual(meta.querySelectorAll('tbody tr').map((row) => row.hidden), [true, false]);
    assert.equal(twilio.hidden, true);
  });
});

// ---------------------------------------------------------------------------
// The paste box runs the command line's stages: each on real pasted text, with the bundled content's index and rules.

const REAL = new Map(readdirSync(repository + 'Tests/Evaluation/real').filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(repository + 'Tests/Evaluation/real/' + f, 'utf8').split('\n').filter((l) => l.trim()))
  .map((line) => JSON.parse(line)).map((c) => [c.id, c]));
const codesOf = (results) => results.length ? results[0].article.codes.map((c) => String(c).toLowerCase()) : [];

describe('the matcher\'s stages in the browser', () => {
  test('PasteUnescaper: a JSON document logged as a string is read as written', () => {
    assert.equal(site.unescape('{\\"error\\":{\\"message\\":\\"(#131047) Re-engagement message\\",\\"code\\":131047}}'),
      '{"error":{"message":"(#131047) Re-engagement message","code":131047}}');
    assert.equal(site.unescape('m\\u00eddia n\\u00e3o suportada\\nlinha'), 'mídia não suportada\nlinha');
    const logged = '"{\\"error\\":{\\"message\\":\\"(#131047) Re-engagement message\\",\\"code\\":131047}}"';
    assert.deepEqual(resolveCodes(logged, SITE_INDEX.en).map((h) => [h.code, h.mention.context]),
      [['131047', 'hashInParentheses']]);
  });

  test('CodeExtractor: codes in quotes after a word for "error", grouped digits, lists and namespaces', () => {
    const quoted = extractCodes('hata: "132001: şablon bulunamadı"');
    assert.deepEqual(quoted.map((m) => [m.value, m.context]), [['132001', 'key']]);
    assert.deepEqual(extractCodes('error 131_047 again').map((m) => m.value), ['131047']);
    assert.deepEqual(extractCodes('Status list:\n1026, receiver incapable\n1013, not a WhatsApp user')
      .map((m) => [m.value, m.context]), [['1026', 'lineStart'], ['1013', 'lineStart']]);
    assert.deepEqual(resolveCodes(REAL.get('web-0011').input, SITE_INDEX.tr).map((h) => h.code), ['2001']);
  });

  test('CodeResolver: a provider\'s code known in one namespace needs no provider named', () => {
    const paste = REAL.get('web-0105').input; // "63016: Outside messaging window. …"
    assert.deepEqual(resolveCodes(paste, SITE_INDEX.tr).map((h) => h.code), ['twilio:63016']);
    assert.ok(codesOf(analysePaste(paste, SITE_INDEX.tr)).includes('twilio:63016'));
    assert.ok(codesOf(analysePaste(REAL.get('gh-0142').input, SITE_INDEX.en)).includes('131053'));
  });

  test('PasteSubject: other products\' errors get nothing', () => {
    for (const id of ['gh-0069', 'gh-0070', 'gh-0072', 'web-0064']) {
      const testCase = REAL.get(id);
      assert.deepEqual(ids(analysePaste(testCase.input, SITE_INDEX[testCase.want])), [], id);
    }
  });

  test('PasteTranslation: Portuguese, Spanish, German and Turkish CRM texts find the article in the agent\'s language', () => {
    for (const id of ['gh-0104', 'gh-0106', 'gh-0108', 'gh-0111', 'gh-0175']) {
      const testCase = REAL.get(id);
      const results = analysePaste(testCase.input, SITE_INDEX[testCase.want]);
      assert.ok(codesOf(results).includes(testCase.expected_codes[0]), id + ': ' + ids(results).join(', '));
      assert.ok(results[0].article.url.length > 0);
    }
  });

  test('PasteTranslation: a paste is read through the lexicon of its language, its own small words set aside', () => {
    const reading = site.translate(REAL.get('gh-0106').input, RULES);
    assert.ok(reading.text.includes('template') && reading.text.includes('message'), reading.text);
    assert.ok(reading.untranslated.includes('a'));
    assert.equal(site.translate('Template is paused', RULES), null);
  });

  test('SynonymExpansion: every group a paste has a member of, from every language', () => {
    const expanded = site.synonymsOf('We are being throttled', RULES);
    assert.ok(expanded.includes('rate limit') && expanded.includes('too many requests'), expanded.join(', '));
    assert.deepEqual(site.synonymsOf('Bugün hava çok güzel', RULES), []);
  });
});

describe('the paste box on the real-paste corpus', () => {
  // The same floors as the command line's (EvaluationTests): the held-out half of the fixed split.
  test('held-out half: top-1 and unrelated texts answered with nothing', async () => {
    const { runPasteBox, figures, half } = await import('./paste-eval.mjs');
    const heldOut = [...REAL.values()].filter((c) => half(c) === 'holdout');
    const rows = figures(runPasteBox(SITE, heldOut));
    console.log('paste box, held-out half: top-1 %s on %d positives, %s of %d unrelated refused',
      rows['all positives'].top1.toFixed(3), rows['all positives'].cases, rows.negative.top1.toFixed(3), rows.negative.cases);
    assert.ok(rows['all positives'].top1 >= 0.77, 'held-out top-1 ' + rows['all positives'].top1);
    assert.ok(rows.negative.top1 >= 0.61, 'held-out unrelated refused ' + rows.negative.top1);
  });
});
