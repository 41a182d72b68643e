/// A small but complete content folder in Turkish and English, with real Turkish text.
public enum MiniContent {
    public static let bundle = #"""
-- _site.yml --
title: Test Help Center
base_url: https://help.example.com/
default_language: en
languages: [en, tr]
sections: [messaging, templates]
-- en/_strings.yml --
name: English
stemmer: english
fix_headings: ["How to fix"]
stop_words: [the, a, to, is, of]
sections:
  messaging: {title: Message delivery, description: Delivery problems.}
  templates: {title: Templates, description: Template problems.}
ui: {search: Search}
-- tr/_strings.yml --
name: Türkçe
stemmer: turkish
fix_headings: ["Nasıl düzeltilir"]
stop_words: [ve, bir, bu, için]
sections:
  messaging: {title: Mesaj teslimi, description: Teslim sorunları.}
  templates: {title: Şablonlar, description: Şablon sorunları.}
ui: {search: Ara}
-- en/messaging/window.md --
---
id: window
title: The 24-hour window has closed
summary: Free-form messages fail after 24 hours.
section: messaging
codes: ["131047", "470", "twilio:63016"]
errors:
  - "Re-engagement message"
  - "Message failed to send because more than 24 hours have passed since the customer last replied to this number."
tags: [window]
related: [paused]
updated: 2026-11-25
sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
---

## What it means

The customer service window is closed.

## How to fix

1. Send an approved template.
2. Wait for the customer's reply.

See [the paused template](../templates/paused.md).
-- tr/messaging/window.md --
---
id: window
title: 24 saatlik pencere kapandı
summary: Serbest mesajlar 24 saatten sonra gönderilemez.
section: messaging
codes: ["131047", "470", "twilio:63016"]
errors:
  - "Mesajınız gönderilemedi. Alıcı 24 saatten uzun süredir aktif değil. Lütfen onaylı bir şablon kullanın veya yanıtlarını bekleyin"
tags: [pencere]
related: [paused]
updated: 2026-11-25
sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
---

## Ne anlama geliyor

Müşteri hizmet penceresi kapandı; WhatsApp’ın kuralı böyle.

## Nasıl düzeltilir

1. Onaylı bir şablon gönderin (durum: **Onaylandı**).
2. Müşterinin yanıtını bekleyin.
-- en/templates/paused.md --
---
id: paused
title: Template paused for low quality
summary: Meta paused the template because of its low quality rating.
section: templates
codes: ["132015", "2061"]
errors:
  - "Template is paused due to low quality so it cannot be sent in a template message."
updated: 2026-11-25
sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
---

## How to fix

1. Open WhatsApp Manager → Message templates and check the template's quality.
2. Edit the template and submit it for review again.
-- tr/templates/paused.md --
---
id: paused
title: Düşük kalite nedeniyle şablon duraklatıldı
summary: Meta, şablonu düşük kalite puanı nedeniyle duraklattı.
section: templates
codes: ["132015", "2061"]
errors:
  - "Mesajınızı gönderemedik. Meta, bu şablonu düşük kalite puanı nedeniyle duraklattı"
updated: 2026-11-25
sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
---

## Nasıl düzeltilir

1. WhatsApp Yöneticisi’nde Şablonları yönet sekmesini açın ve şablonun kalite durumunu kontrol edin.
2. Şablonu düzenleyip İNCELEMEYE yeniden gönderin.
"""#
}
