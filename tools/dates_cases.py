#!/usr/bin/env python3
"""Writes testdata/dates_cases.jsonl, the case table read by tests/dates.rs and
tests/python/test_dates.py.

Each case is written by hand below from the shapes real Iranian and Afghan sites print (news
footers and bylines with news codes and view counts, Afghan agency datelines, Wikipedia birth and
death pairs, mixed digit alphabets), with the matched text and the Jalali date read off the
text. The Gregorian date is *not* computed by naskh: this script asks two independent libraries
(jdatetime and persiantools) and refuses to write the table if they disagree or if the Jalali date
does not exist. Both are exact for the years used here (1300–1450).

Rows with `options.calendars` hold Gregorian and lunar Hijri dates too; their Gregorian day comes
from `datetime` or from hijridate (the Umm al-Qura calendar), their Solar Hijri day from jdatetime
and persiantools.

Run (needs `pip install jdatetime persiantools hijridate`):

    python3 tools/dates_cases.py > testdata/dates_cases.jsonl
    python3 tools/dates_cases.py --heldout > bench/dates_heldout.jsonl

The held-out set was written after the matcher and is not read by the test suites; bench/compare.py
scores every tool on it as well, since naskh's own case table is the one it was built against.

Record fields: `id`, `source` (what kind of page the line imitates), `text`, `dates` (list of
`{text, calendar, date, jalali, time, iso}` in order; `text` is the exact matched substring,
`date` the date in its own calendar, `jalali` the same day in the Solar Hijri calendar), optional
`invalid` (list of `{text, calendar, jalali}`: impossible dates, as written, reported only with
`report_invalid`), optional `options` (`two_digit_years`, `years`: [lo, hi], `calendars`).
"""
import json
import sys

import datetime

import jdatetime
from hijridate import Hijri
from persiantools.jdatetime import JalaliDate

CASES = []


def C(source, text, *dates, invalid=(), options=None):
    CASES.append((source, text, dates, invalid, options))


def D(matched, jalali, time=None):
    """A Solar Hijri date as printed, with its Jalali date read off the text."""
    return (matched, "persian", jalali, time)


def G(matched, gregorian, time=None):
    """A Gregorian date as printed (FindOptions::calendars with "gregorian")."""
    return (matched, "gregorian", gregorian, time)


def H(matched, hijri, time=None):
    """A lunar Hijri date as printed, in the Umm al-Qura calendar ("islamic")."""
    return (matched, "islamic", hijri, time)


RLM = "\u200f"
LRM = "\u200e"
ZWNJ = "\u200c"
ZWJ = "\u200d"

# --- Iranian news footers and bylines -------------------------------------------------------
C("tabnak footer", "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017 | 9495 بازدید",
  D("۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵", "1396-06-11", "21:55"))
C("tasnim byline", "۱۴۰۲/۰۷/۰۱ - ۱۲:۳۰ | کد خبر: ۲۹۵۲۳۱۸",
  D("۱۴۰۲/۰۷/۰۱ - ۱۲:۳۰", "1402-07-01", "12:30"))
C("isna byline", "شنبه / ۱ مهر ۱۴۰۲ / ۱۲:۳۰ / اقتصادی / کد خبر: 1402070100678",
  D("شنبه / ۱ مهر ۱۴۰۲ / ۱۲:۳۰", "1402-07-01", "12:30"))
C("irna byline", "۱ مهر ۱۴۰۲، ۱۲:۳۰ کد خبر: 85238947",
  D("۱ مهر ۱۴۰۲، ۱۲:۳۰", "1402-07-01", "12:30"))
C("mehr byline", "۲۳ شهریور ۱۴۰۲ - ۱۰:۴۳ کد خبر 5884513",
  D("۲۳ شهریور ۱۴۰۲ - ۱۰:۴۳", "1402-06-23", "10:43"))
C("fars byline", "شنبه ۰۱ مهر ۱۴۰۲ - ۱۲:۳۰", D("شنبه ۰۱ مهر ۱۴۰۲ - ۱۲:۳۰", "1402-07-01", "12:30"))
C("khabaronline byline", "تاریخ انتشار: ۱۲:۳۰ - ۰۱ مهر ۱۴۰۲",
  D("۱۲:۳۰ - ۰۱ مهر ۱۴۰۲", "1402-07-01", "12:30"))
C("asriran byline", "تاریخ انتشار: ۱۸:۲۵ - ۲۷ اسفند ۱۴۰۱ | کد خبر: ۸۸۳۲۱۴",
  D("۱۸:۲۵ - ۲۷ اسفند ۱۴۰۱", "1401-12-27", "18:25"))
C("entekhab byline", "تاریخ انتشار: شنبه 1 مهر 1402 ساعت 12:30",
  D("شنبه 1 مهر 1402 ساعت 12:30", "1402-07-01", "12:30"))
C("yjc byline", "۰۱ مهر ۱۴۰۲ - ۱۲:۳۰ کد خبر: ۸۶۳۰۴۱۲", D("۰۱ مهر ۱۴۰۲ - ۱۲:۳۰", "1402-07-01", "12:30"))
C("varzesh3 byline", "شنبه ۱ مهر ۱۴۰۲ ساعت ۱۲:۳۰", D("شنبه ۱ مهر ۱۴۰۲ ساعت ۱۲:۳۰", "1402-07-01", "12:30"))
C("eghtesadnews byline", "۰۱ مهر ۱۴۰۲ ساعت ۱۲:۳۰ | ۱۲۰۳ بازدید",
  D("۰۱ مهر ۱۴۰۲ ساعت ۱۲:۳۰", "1402-07-01", "12:30"))
C("hamshahri byline", "سه شنبه ۲۷ دى ۱۴۰۱ ساعت ۰۴:۱۵ ب.ظ",
  D("سه شنبه ۲۷ دى ۱۴۰۱ ساعت ۰۴:۱۵ ب.ظ", "1401-10-27", "16:15"))
C("iribnews byline", "يكشنبه، ۲ مهر ۱۴۰۲ - ۱۰:۳۰:۱۵", D("يكشنبه، ۲ مهر ۱۴۰۲ - ۱۰:۳۰:۱۵", "1402-07-02", "10:30:15"))
C("jamejamonline", "پنجشنبه ۱۸ آبان ۱۴۰۲ - ۰۹:۱۵", D("پنجشنبه ۱۸ آبان ۱۴۰۲ - ۰۹:۱۵", "1402-08-18", "09:15"))
C("shargh byline", "کد خبر ۴۲۱۳۸۷ ۱۴۰۲/۰۸/۲۰ ۰۸:۴۵:۱۲", D("۱۴۰۲/۰۸/۲۰ ۰۸:۴۵:۱۲", "1402-08-20", "08:45:12"))
C("donya-e-eqtesad", "کد خبر: 4012345 | 1402/08/20 | 08:45", D("1402/08/20 | 08:45", "1402-08-20", "08:45"))
C("ilna footer", "۱۴۰۲-۰۸-۲۰ ۱۳:۴۲:۰۷ | بازدید: ۲۱۵", D("۱۴۰۲-۰۸-۲۰ ۱۳:۴۲:۰۷", "1402-08-20", "13:42:07"))
C("ana byline", "چهارشنبه ۲۹ آذر ۱۴۰۲ - ۱۶:۳۴", D("چهارشنبه ۲۹ آذر ۱۴۰۲ - ۱۶:۳۴", "1402-09-29", "16:34"))
C("tejaratnews", "۱۲ دی ۱۴۰۲ - ۱۷:۰۵ | 1402-10-12 17:05", D("۱۲ دی ۱۴۰۲ - ۱۷:۰۵", "1402-10-12", "17:05"), D("1402-10-12 17:05", "1402-10-12", "17:05"))
C("footer with views", "بازدید: ۱۴۰۲ | ۵ بهمن ۱۴۰۲", D("۵ بهمن ۱۴۰۲", "1402-11-05"))
C("footer with views 2", "۱۳۹۸ بازدید - ۳ خرداد ۱۳۹۸ ساعت ۱۱:۲۰", D("۳ خرداد ۱۳۹۸ ساعت ۱۱:۲۰", "1398-03-03", "11:20"))
C("news code 13 digits", "کد خبر: 1401122715093 | ۲۷ اسفند ۱۴۰۱", D("۲۷ اسفند ۱۴۰۱", "1401-12-27"))
C("triple date line", "شنبه ۱ مهر ۱۴۰۲ - ۰۶ ربیع الاول ۱۴۴۵ - ۲۳ سپتامبر ۲۰۲۳", D("شنبه ۱ مهر ۱۴۰۲", "1402-07-01"))
C("triple date line joined", "امروز: چهارشنبه ۲۹ آذر ۱۴۰۲ | ۶ جمادی‌الثانی ۱۴۴۵ | 20 December 2023",
  D("چهارشنبه ۲۹ آذر ۱۴۰۲", "1402-09-29"))
C("calendar widget", "امروز: دوشنبه ۲۹ اسفند ۱۴۰۱ برابر با ۲۰ مارس ۲۰۲۳", D("دوشنبه ۲۹ اسفند ۱۴۰۱", "1401-12-29"))
C("updated line", "آخرین به‌روزرسانی: ۱۴۰۲/۰۹/۰۵ ساعت ۲۳:۵۹", D("۱۴۰۲/۰۹/۰۵ ساعت ۲۳:۵۹", "1402-09-05", "23:59"))
C("published/updated", "انتشار: ۱۴۰۲/۰۹/۰۵ - ۰۸:۰۰ | به‌روزرسانی: ۱۴۰۲/۰۹/۰۶ - ۱۰:۱۵",
  D("۱۴۰۲/۰۹/۰۵ - ۰۸:۰۰", "1402-09-05", "08:00"), D("۱۴۰۲/۰۹/۰۶ - ۱۰:۱۵", "1402-09-06", "10:15"))
C("comment timestamp", "علی - ۱۴۰۱/۱۱/۲۲ ۰۹:۰۵ ق.ظ", D("۱۴۰۱/۱۱/۲۲ ۰۹:۰۵ ق.ظ", "1401-11-22", "09:05"))
C("comment timestamp pm", "پاسخ | ۱۴۰۱/۱۱/۲۲ - ۱۱:۴۸ ب.ظ", D("۱۴۰۱/۱۱/۲۲ - ۱۱:۴۸ ب.ظ", "1401-11-22", "23:48"))
C("midnight am", "۵ تیر ۱۴۰۱ ساعت ۱۲:۰۵ ق.ظ", D("۵ تیر ۱۴۰۱ ساعت ۱۲:۰۵ ق.ظ", "1401-04-05", "00:05"))
C("noon pm", "۵ تیر ۱۴۰۱ ساعت ۱۲:۰۵ ب.ظ", D("۵ تیر ۱۴۰۱ ساعت ۱۲:۰۵ ب.ظ", "1401-04-05", "12:05"))
C("spelled am/pm", "۱۸ مرداد ۱۴۰۰ ساعت ۳:۴۰ بعد از ظهر", D("۱۸ مرداد ۱۴۰۰ ساعت ۳:۴۰ بعد از ظهر", "1400-05-18", "15:40"))
C("forum post", "ارسال شده در: ۱۳۹۹/۰۴/۳۱ - ۰۷:۱۲", D("۱۳۹۹/۰۴/۳۱ - ۰۷:۱۲", "1399-04-31", "07:12"))
C("time before with pipe", "۲۱:۵۵ | ۱۴۰۲/۰۷/۰۱", D("۲۱:۵۵ | ۱۴۰۲/۰۷/۰۱", "1402-07-01", "21:55"))
C("time before plain", "۰۸:۳۰ ۱۴۰۲/۰۷/۰۱ کد خبر ۱۲۳۴۵۶", D("۰۸:۳۰ ۱۴۰۲/۰۷/۰۱", "1402-07-01", "08:30"))
C("time then date, next date", "۱۴۰۲/۰۷/۰۱ ۱۲:۳۰ ۱۴۰۲/۰۷/۰۲",
  D("۱۴۰۲/۰۷/۰۱ ۱۲:۳۰", "1402-07-01", "12:30"), D("۱۴۰۲/۰۷/۰۲", "1402-07-02"))
C("ascii footer", "Code: 726815 | 11 شهریور 1396 - 21:55", D("11 شهریور 1396 - 21:55", "1396-06-11", "21:55"))
C("date glued to time by dash", "۱۴۰۲/۰۷/۰۱-۱۲:۳۰", D("۱۴۰۲/۰۷/۰۱-۱۲:۳۰", "1402-07-01", "12:30"))
C("date then comma time", "۱۵ فروردین ۱۴۰۳، ساعت ۹:۰۰", D("۱۵ فروردین ۱۴۰۳، ساعت ۹:۰۰", "1403-01-15", "09:00"))
C("saat colon", "۱۵ فروردین ۱۴۰۳ ساعت: ۱۰:۴۵", D("۱۵ فروردین ۱۴۰۳ ساعت: ۱۰:۴۵", "1403-01-15", "10:45"))

# --- Weekdays ----------------------------------------------------------------------------
C("weekday zwnj", "پنج‌شنبه ۶ مهر ۱۴۰۲", D("پنج‌شنبه ۶ مهر ۱۴۰۲", "1402-07-06"))
C("weekday joined", "پنجشنبه، ۶ مهر ۱۴۰۲", D("پنجشنبه، ۶ مهر ۱۴۰۲", "1402-07-06"))
C("weekday split", "سه شنبه ۴ مهر ۱۴۰۲", D("سه شنبه ۴ مهر ۱۴۰۲", "1402-07-04"))
C("weekday zwnj seh", "سه‌شنبه - ۴ مهر ۱۴۰۲", D("سه‌شنبه - ۴ مهر ۱۴۰۲", "1402-07-04"))
C("weekday arabic kaf yeh", "يكشنبه ۲ مهر ۱۴۰۲", D("يكشنبه ۲ مهر ۱۴۰۲", "1402-07-02"))
C("weekday yek shanbe split", "یک شنبه ۲ مهر ۱۴۰۲", D("یک شنبه ۲ مهر ۱۴۰۲", "1402-07-02"))
C("weekday jomeh pipe", "جمعه | ۷ مهر ۱۴۰۲", D("جمعه | ۷ مهر ۱۴۰۲", "1402-07-07"))
C("weekday chaharshanbe", "چهارشنبه ۵ مهر ۱۴۰۲", D("چهارشنبه ۵ مهر ۱۴۰۲", "1402-07-05"))
C("weekday doshanbe numeric", "دوشنبه ۱۴۰۲/۰۷/۰۳", D("دوشنبه ۱۴۰۲/۰۷/۰۳", "1402-07-03"))
C("weekday before day-first", "دوشنبه ۰۳/۰۷/۱۴۰۲", D("دوشنبه ۰۳/۰۷/۱۴۰۲", "1402-07-03"))
C("english weekday", "Saturday, 1 Mehr 1402", D("Saturday, 1 Mehr 1402", "1402-07-01"))
C("roz before weekday", "روز شنبه ۱ مهر ۱۴۰۲ جلسه برگزار شد", D("شنبه ۱ مهر ۱۴۰۲", "1402-07-01"))

# --- Month spellings ------------------------------------------------------------------------
C("farvardin", "۱۳ فروردین ۱۳۹۹", D("۱۳ فروردین ۱۳۹۹", "1399-01-13"))
C("ordibehesht arabic yeh", "۱۲ ارديبهشت ۱۳۹۸", D("۱۲ ارديبهشت ۱۳۹۸", "1398-02-12"))
C("khordad", "۱۴ خرداد ۱۳۶۸", D("۱۴ خرداد ۱۳۶۸", "1368-03-14"))
C("tir", "۷ تیر ۱۳۶۰", D("۷ تیر ۱۳۶۰", "1360-04-07"))
C("tir arabic yeh", "۷ تير ۱۳۶۰", D("۷ تير ۱۳۶۰", "1360-04-07"))
C("mordad", "۱۴ مرداد ۱۲۸۵", D("۱۴ مرداد ۱۲۸۵", "1285-05-14"))
C("amordad", "۱۴ امرداد ۱۳۸۵", D("۱۴ امرداد ۱۳۸۵", "1385-05-14"))
C("shahrivar", "۳۱ شهریور ۱۳۵۹", D("۳۱ شهریور ۱۳۵۹", "1359-06-31"))
C("aban", "۱۳ آبان ۱۳۵۸", D("۱۳ آبان ۱۳۵۸", "1358-08-13"))
C("aban no madda", "۱۳ ابان ۱۳۵۸", D("۱۳ ابان ۱۳۵۸", "1358-08-13"))
C("azar", "۱۶ آذر ۱۳۳۲", D("۱۶ آذر ۱۳۳۲", "1332-09-16"))
C("dey alef maksura", "۹ دى ۱۳۸۸", D("۹ دى ۱۳۸۸", "1388-10-09"))
C("dey arabic yeh", "۹ دي ۱۳۸۸", D("۹ دي ۱۳۸۸", "1388-10-09"))
C("bahman", "۲۲ بهمن ۱۳۵۷", D("۲۲ بهمن ۱۳۵۷", "1357-11-22"))
C("esfand", "۲۹ اسفند ۱۳۲۹", D("۲۹ اسفند ۱۳۲۹", "1329-12-29"))
C("month with mah", "۱۵ خرداد ماه ۱۳۴۲", D("۱۵ خرداد ماه ۱۳۴۲", "1342-03-15"))
C("mah and sal", "۱۵ خرداد ماه سال 1370", D("۱۵ خرداد ماه سال 1370", "1370-03-15"))
C("sal only", "۱۵ خرداد سال ۱۳۴۲", D("۱۵ خرداد سال ۱۳۴۲", "1342-03-15"))
C("dey-mah zwnj", "۱۷ دی‌ماه ۱۳۹۰", D("۱۷ دی‌ماه ۱۳۹۰", "1390-10-17"))
C("mehrmah joined", "۸ مهرماه ۱۴۰۱", D("۸ مهرماه ۱۴۰۱", "1401-07-08"))
C("mehrmah glued year", "۵ مهرماه1380", D("۵ مهرماه1380", "1380-07-05"))
C("year glued word", "۱۲ خرداد 1390در تهران", D("۱۲ خرداد 1390", "1390-03-12"))
C("day glued month", "۱۵مهر ۱۴۰۲", D("۱۵مهر ۱۴۰۲", "1402-07-15"))
C("all glued", "۱۵مهر۱۴۰۲", D("۱۵مهر۱۴۰۲", "1402-07-15"))
C("dash separated named", "۱۵-مهر-۱۴۰۲", D("۱۵-مهر-۱۴۰۲", "1402-07-15"))
C("slash separated named", "۱۵ / مهر / ۱۴۰۲", D("۱۵ / مهر / ۱۴۰۲", "1402-07-15"))
C("comma before year", "۱۵ مهر، ۱۴۰۲", D("۱۵ مهر، ۱۴۰۲", "1402-07-15"))
C("in sentence", "این قانون در تاریخ ۲۵ آبان ۱۳۹۸ در مجلس تصویب شد.", D("۲۵ آبان ۱۳۹۸", "1398-08-25"))
C("sentence end dot", "جلسه بعدی ۳ دی ۱۴۰۲.", D("۳ دی ۱۴۰۲", "1402-10-03"))
C("in parentheses", "(۱۲ فروردین ۱۳۵۸)", D("۱۲ فروردین ۱۳۵۸", "1358-01-12"))
C("quoted", "«۱۷ شهریور ۱۳۵۷»", D("۱۷ شهریور ۱۳۵۷", "1357-06-17"))

# --- Eras ------------------------------------------------------------------------------------
C("era hejri shamsi", "۱۵ مهر ۱۴۰۲ هجری شمسی", D("۱۵ مهر ۱۴۰۲ هجری شمسی", "1402-07-15"))
C("era h.sh", "۱۵ مهر ۱۴۰۲ ه.ش", D("۱۵ مهر ۱۴۰۲ ه.ش", "1402-07-15"))
C("era h-tatweel.sh", "۱۵ مهر ۱۴۰۲ هـ.ش", D("۱۵ مهر ۱۴۰۲ هـ.ش", "1402-07-15"))
C("era h sh spaced", "۱۴۰۲/۰۷/۱۵ ه ش", D("۱۴۰۲/۰۷/۱۵ ه ش", "1402-07-15"))
C("era sh", "۱۵ مهر ۱۴۰۲ ش", D("۱۵ مهر ۱۴۰۲ ش", "1402-07-15"))
C("era khorshidi", "۲۵ شهریور ۱۳۲۰ خورشیدی", D("۲۵ شهریور ۱۳۲۰ خورشیدی", "1320-06-25"))
C("era khorshidi glued", "۲۵ شهریور ۱۳۲۰خورشیدی", D("۲۵ شهریور ۱۳۲۰خورشیدی", "1320-06-25"))
C("afghan era", "۱۵ حمل ۱۴۰۰ هـ ش", D("۱۵ حمل ۱۴۰۰ هـ ش", "1400-01-15"))
C("english era", "1 Farvardin 1403 SH", D("1 Farvardin 1403 SH", "1403-01-01"))
C("era then time", "۱۴۰۲/۰۷/۱۵ ه.ش ساعت ۱۰:۰۰", D("۱۴۰۲/۰۷/۱۵ ه.ش ساعت ۱۰:۰۰", "1402-07-15", "10:00"))

# --- Ordinal days ----------------------------------------------------------------------------
C("ordinal sevom", "سوم تیر 1360", D("سوم تیر 1360", "1360-04-03"))
C("ordinal yekom", "یکم مهر ۱۴۰۰", D("یکم مهر ۱۴۰۰", "1400-07-01"))
C("ordinal aval", "اول فروردین ۱۴۰۳", D("اول فروردین ۱۴۰۳", "1403-01-01"))
C("ordinal compound", "بیست و دوم بهمن ۱۳۵۷", D("بیست و دوم بهمن ۱۳۵۷", "1357-11-22"))
C("ordinal compound zwnj", "بیست‌و‌نهم اسفند ۱۴۰۲", D("بیست‌و‌نهم اسفند ۱۴۰۲", "1402-12-29"))
C("ordinal si-am", "سی‌ام اسفند ۱۳۹۹", D("سی‌ام اسفند ۱۳۹۹", "1399-12-30"))
C("ordinal si va yekom", "سی و یکم شهریور ۱۴۰۱", D("سی و یکم شهریور ۱۴۰۱", "1401-06-31"))
C("ordinal panzdahom mah", "پانزدهم خرداد ماه ۱۳۴۲", D("پانزدهم خرداد ماه ۱۳۴۲", "1342-03-15"))
C("ordinal chahardahom", "چهاردهم تیر ۱۴۰۰", D("چهاردهم تیر ۱۴۰۰", "1400-04-14"))
C("ordinal with weekday", "چهارشنبه بیست و هشتم مرداد ۱۳۳۲", D("چهارشنبه بیست و هشتم مرداد ۱۳۳۲", "1332-05-28"))
C("ordinal hejdahom", "هجدهم تیر ۱۳۷۸", D("هجدهم تیر ۱۳۷۸", "1378-04-18"))
C("numeric ordinal suffix", "۱۵ام مهر ۱۴۰۲", D("۱۵ام مهر ۱۴۰۲", "1402-07-15"))
C("english ordinal suffix", "21st Esfand 1402", D("21st Esfand 1402", "1402-12-21"))

# --- Numeric --------------------------------------------------------------------------------
C("numeric slash one digit", "1402/7/1", D("1402/7/1", "1402-07-01"))
C("numeric dash", "1402-07-01 12:30:00", D("1402-07-01 12:30:00", "1402-07-01", "12:30:00"))
C("numeric dot", "تاریخ: ۱۳۹۹.۰۵.۱۲", D("۱۳۹۹.۰۵.۱۲", "1399-05-12"))
C("numeric mixed digits", "۱۴۰2/٠٧/01", D("۱۴۰2/٠٧/01", "1402-07-01"))
C("numeric arabic-indic", "٢٣/٠٢/١٤٠١", D("٢٣/٠٢/١٤٠١", "1401-02-23"))
C("day-first ascii", "17/03/1388", D("17/03/1388", "1388-03-17"))
C("day-first spaced", "۷/ ۹/ ۱۳۹۱", D("۷/ ۹/ ۱۳۹۱", "1391-09-07"))
C("day-first dash", "تاریخ تولد: 01-07-1370", D("01-07-1370", "1370-07-01"))
C("numeric spaced slashes", "۱۴۰۲ / ۰۷ / ۰۱", D("۱۴۰۲ / ۰۷ / ۰۱", "1402-07-01"))
C("numeric in label", "مورخ ۱۴۰۱/۱۰/۱۱ شماره ۲۳۴۵/ص", D("۱۴۰۱/۱۰/۱۱", "1401-10-11"))
C("numeric glued word", "۱۳۹۰/۰۱/۰۱در", D("۱۳۹۰/۰۱/۰۱", "1390-01-01"))
C("numeric afghan", "تاریخ نشر: ۱۴۰۰/۱/۱۵", D("۱۴۰۰/۱/۱۵", "1400-01-15"))
C("numeric esfand leap", "۱۴۰۳/۱۲/۳۰", D("۱۴۰۳/۱۲/۳۰", "1403-12-30"))
C("numeric leap 1399", "۱۳۹۹/۱۲/۳۰", D("۱۳۹۹/۱۲/۳۰", "1399-12-30"))
C("numeric first of year", "۱۴۰۴/۰۱/۰۱", D("۱۴۰۴/۰۱/۰۱", "1404-01-01"))
C("numeric iso-like T", "updated 1402-07-01T08:30+03:30", D("1402-07-01T08:30", "1402-07-01", "08:30"))

# --- Afghanistan ----------------------------------------------------------------------------
C("tolonews", "۱۵ حمل ۱۴۰۰", D("۱۵ حمل ۱۴۰۰", "1400-01-15"))
C("pajhwok dateline", "کابل (پژواک، ۲۴ حمل ۱۳۹۹): والی کابل گفت", D("۲۴ حمل ۱۳۹۹", "1399-01-24"))
C("hasht-e subh", "سه شنبه ۲۴ حمل ۱۴۰۰", D("سه شنبه ۲۴ حمل ۱۴۰۰", "1400-01-24"))
C("afghan with gregorian", "۱۵ حمل ۱۴۰۰ - ۴ اپریل ۲۰۲۱", D("۱۵ حمل ۱۴۰۰", "1400-01-15"))
C("sawr", "۷ ثور ۱۳۵۷", D("۷ ثور ۱۳۵۷", "1357-02-07"))
C("jawza", "۱۰ جوزا ۱۴۰۱", D("۱۰ جوزا ۱۴۰۱", "1401-03-10"))
C("saratan", "۲۶ سرطان ۱۳۵۲", D("۲۶ سرطان ۱۳۵۲", "1352-04-26"))
C("asad", "۲۸ اسد ۱۲۹۸", D("۲۸ اسد ۱۲۹۸", "1298-05-28"))
C("sonbola", "۱۸ سنبله ۱۴۰۰", D("۱۸ سنبله ۱۴۰۰", "1400-06-18"))
C("mizan", "۱ میزان ۱۴۰۲", D("۱ میزان ۱۴۰۲", "1402-07-01"))
C("aqrab", "۵ عقرب ۱۴۰۰", D("۵ عقرب ۱۴۰۰", "1400-08-05"))
C("qaws", "۶ قوس ۱۳۹۹", D("۶ قوس ۱۳۹۹", "1399-09-06"))
C("jadi", "۶ جدی ۱۳۵۸", D("۶ جدی ۱۳۵۸", "1358-10-06"))
C("dalw", "۲۶ دلو ۱۳۶۷", D("۲۶ دلو ۱۳۶۷", "1367-11-26"))
C("hut", "۲۹ حوت ۱۴۰۱", D("۲۹ حوت ۱۴۰۱", "1401-12-29"))
C("afghan arabic kaf", "يكشنبه ۱۴ جدى ۱۳۹۹", D("يكشنبه ۱۴ جدى ۱۳۹۹", "1399-10-14"))
C("afghan latin", "15 Hamal 1400", D("15 Hamal 1400", "1400-01-15"))
C("afghan latin jauza", "Kabul, 10 Jauza 1401", D("10 Jauza 1401", "1401-03-10"))
C("pashto", "د ۱۴۰۰ کال د وری ۱۵ مه", )  # year before month: not a supported shape
C("pashto day month year", "۱۵ وری ۱۴۰۰", D("۱۵ وری ۱۴۰۰", "1400-01-15"))

# --- English transliterations -----------------------------------------------------------------
C("english shahrivar", "Tehran, 2 Shahrivar 1396 (IRNA)", D("2 Shahrivar 1396", "1396-06-02"))
C("english month first", "Esfand 29, 1401", D("Esfand 29, 1401", "1401-12-29"))
C("english tir", "Tir 3, 1360", D("Tir 3, 1360", "1360-04-03"))
C("english dey", "1 Dey 1399", D("1 Dey 1399", "1399-10-01"))
C("english ordibehesht", "12 Ordibehesht 1398", D("12 Ordibehesht 1398", "1398-02-12"))
C("english farwardin", "1 Farwardin 1300", D("1 Farwardin 1300", "1300-01-01"))
C("english lowercase", "born on 5 esfand 1340", D("5 esfand 1340", "1340-12-05"))
C("english with time", "15 Mehr 1402, 18:30", D("15 Mehr 1402, 18:30", "1402-07-15", "18:30"))
C("english am pm", "15 Mehr 1402 at 6:30 PM", D("15 Mehr 1402 at 6:30 PM", "1402-07-15", "18:30"))

# --- Ranges and pairs --------------------------------------------------------------------------
C("range ta", "۱۴ تا ۱۶ مهر ۱۴۰۲", D("۱۴", "1402-07-14"), D("۱۶ مهر ۱۴۰۲", "1402-07-16"))
C("range months", "از ۱۴ مهر تا ۱۶ آبان ۱۴۰۲", D("۱۴ مهر", "1402-07-14"), D("۱۶ آبان ۱۴۰۲", "1402-08-16"))
C("range over new year", "۲۵ اسفند تا ۵ فروردین ۱۴۰۳", D("۲۵ اسفند", "1402-12-25"), D("۵ فروردین ۱۴۰۳", "1403-01-05"))
C("range va", "۳ و ۴ آبان ۱۴۰۲", D("۳", "1402-08-03"), D("۴ آبان ۱۴۰۲", "1402-08-04"))
C("range dash", "۱۴-۱۶ مهر ۱۴۰۲", D("۱۴", "1402-07-14"), D("۱۶ مهر ۱۴۰۲", "1402-07-16"))
C("range ela", "از ۲۰ الی ۲۵ آذر ۱۴۰۱", D("۲۰", "1401-09-20"), D("۲۵ آذر ۱۴۰۱", "1401-09-25"))
C("range ordinals", "دوم و سوم خرداد ۱۴۰۲", D("دوم", "1402-03-02"), D("سوم خرداد ۱۴۰۲", "1402-03-03"))
C("birth death pair", "(۱۵ مهر ۱۳۱۰ – ۲ آذر ۱۳۹۵)", D("۱۵ مهر ۱۳۱۰", "1310-07-15"), D("۲ آذر ۱۳۹۵", "1395-09-02"))
C("birth death words", "زاده ۲۴ اسفند ۱۳۱۸ – درگذشته ۱۹ دی ۱۳۹۵",
  D("۲۴ اسفند ۱۳۱۸", "1318-12-24"), D("۱۹ دی ۱۳۹۵", "1395-10-19"))
C("numeric pair", "۱۴۰۲/۰۷/۱۴ تا ۱۴۰۲/۰۷/۱۶", D("۱۴۰۲/۰۷/۱۴", "1402-07-14"), D("۱۴۰۲/۰۷/۱۶", "1402-07-16"))
C("count before dash not a range", "نظرات: ۳ - ۱۵ مهر ۱۴۰۲ | بازدید: ۲", D("۱۵ مهر ۱۴۰۲", "1402-07-15"))
C("labelled range with ta", "تاریخ: ۱۴ تا ۱۶ مهر ۱۴۰۲", D("۱۴", "1402-07-14"), D("۱۶ مهر ۱۴۰۲", "1402-07-16"))
C("range with weekday", "شنبه ۸ تا دوشنبه ۱۰ مهر ۱۴۰۲", D("شنبه ۸", "1402-07-08"), D("دوشنبه ۱۰ مهر ۱۴۰۲", "1402-07-10"))

# --- Presentation forms, bidi marks, joiners ----------------------------------------------------
C("presentation forms month", "۱۵ \ufee3\ufeec\ufeae ۱۴۰۲", D("۱۵ \ufee3\ufeec\ufeae ۱۴۰۲", "1402-07-15"))
C("presentation forms weekday", "\ufeb7\ufee8\ufe92\ufeea ۱ \ufee3\ufeec\ufeae ۱۴۰۲", D("\ufeb7\ufee8\ufe92\ufeea ۱ \ufee3\ufeec\ufeae ۱۴۰۲", "1402-07-01"))
C("rlm around numeric", RLM + "۱۴۰۲/۰۷/۰۱" + RLM + " کد", D("۱۴۰۲/۰۷/۰۱", "1402-07-01"))
C("lrm inside", "۱۵ مهر" + LRM + " ۱۴۰۲", D("۱۵ مهر" + LRM + " ۱۴۰۲", "1402-07-15"))
C("zwnj before mah", "۱۸ آذر" + ZWNJ + "ماه ۱۳۹۰", D("۱۸ آذر" + ZWNJ + "ماه ۱۳۹۰", "1390-09-18"))
C("zwj inside month", "۱۵ مه" + ZWJ + "ر ۱۴۰۲", D("۱۵ مه" + ZWJ + "ر ۱۴۰۲", "1402-07-15"))
C("rlm inside numeric", "۱۴۰۲/" + RLM + "۰۷/" + RLM + "۰۱", D("۱۴۰۲/" + RLM + "۰۷/" + RLM + "۰۱", "1402-07-01"))
C("tatweel in month", "۱۵ مهـــر ۱۴۰۲", D("۱۵ مهـــر ۱۴۰۲", "1402-07-15"))
C("diacritics", "۱۵ مِهر ۱۴۰۲", D("۱۵ مِهر ۱۴۰۲", "1402-07-15"))
C("nbsp", "۱۵\u00a0مهر\u00a0۱۴۰۲", D("۱۵\u00a0مهر\u00a0۱۴۰۲", "1402-07-15"))

# --- Several in one text ------------------------------------------------------------------------
C("paragraph", "او در ۲۲ بهمن ۱۳۵۷ به تهران آمد و در ۱۴ خرداد ۱۳۶۸ درگذشت.",
  D("۲۲ بهمن ۱۳۵۷", "1357-11-22"), D("۱۴ خرداد ۱۳۶۸", "1368-03-14"))
C("mixed line", "قرارداد مورخ 1399/05/12 و الحاقیه مورخ ۳ دی ۱۴۰۰ ضمیمه است",
  D("1399/05/12", "1399-05-12"), D("۳ دی ۱۴۰۰", "1400-10-03"))

# --- Historical and far years in the default window ------------------------------------------------
C("constitution", "۱۴ مرداد ۱۲۸۵ فرمان مشروطیت", D("۱۴ مرداد ۱۲۸۵", "1285-05-14"))
C("far future", "۱ فروردین ۱۴۵۰", D("۱ فروردین ۱۴۵۰", "1450-01-01"))

# --- Negatives: Gregorian ------------------------------------------------------------------------
C("gregorian persian names", "۲۳ سپتامبر ۲۰۲۳")
C("gregorian january", "۱ ژانویه ۲۰۲۴ مصادف با ۱۱ دی ۱۴۰۲", D("۱۱ دی ۱۴۰۲", "1402-10-11"))
C("gregorian december", "۵ دسامبر ۱۹۷۹")
C("dari january", "۱۵ جنوری ۲۰۲۲")
C("dari december", "۳ دسمبر ۲۰۲۰")
C("dari november", "۱۰ نومبر ۲۰۲۱")
C("dari april", "۴ اپریل ۲۰۲۱")
C("dari october", "۸ اکتوبر ۲۰۲۱")
C("gregorian numeric ymd", "2023/09/23")
C("gregorian numeric dmy", "23/09/2023")
C("gregorian iso timestamp", "2023-09-23T12:30:00Z")
C("gregorian us", "09/23/2023")
C("english gregorian", "25 October 2017 18:41 917")
C("english gregorian 2", "Iran, Russia and Turkey are the initiators of the December 30, 2016 ceasefire")
C("persian month gregorian year", "۱۵ مهر ۲۰۲۳")
C("miladi marker", "۱۵ مهر ۱۴۰۰ میلادی")
C("miladi word", "ميلادي 2020")
C("month name number but miladi", "سال ۱۹۹۹ میلادی")

# --- Negatives: lunar --------------------------------------------------------------------------------
C("lunar moharram", "۱۰ محرم ۱۴۴۵")
C("lunar rabi", "۶ ربیع‌الاول ۱۴۴۵")
C("lunar rabi split", "۱۲ ربیع الاول ۱۴۴۵")
C("lunar zihajje", "۱۰ ذی‌الحجه ۱۴۴۴")
C("lunar ramadan", "۱ رمضان ۱۴۴۴")
C("lunar safar", "۲۸ صفر ۱۴۴۵")
C("lunar numeric hq", "۱۴۴۵/۰۱/۱۰ ه.ق")
C("lunar numeric hejri ghamari", "۱۴۴۵/۰۱/۱۰ هجری قمری")
C("lunar named marker", "۱۰ مهر ۱۴۴۵ ه.ق")
C("lunar q", "۱۴۴۵/۰۳/۰۶ ق")

# --- Negatives: numbers ------------------------------------------------------------------------------
C("phone dashes", "تلفن: ۰۲۱-۸۸۷۶۱۴۰۰")
C("phone mobile", "۰۹۱۲۱۴۰۰۵۶۷")
C("phone grouped", "021-1400-5678")
C("phone spaced", "+98 21 1400 5678")
C("price toman", "قیمت: ۱٬۴۰۰٬۰۰۰ تومان")
C("price ascii", "قیمت: 1,400,000 ریال")
C("price plain", "۱۴۰۰ تومان")
C("price arabic thousands", "۱۴۰۰٬۰۰۰ تومان")
C("decimal", "نرخ تورم ۱۴۰۰.۵ واحد")
C("bank card", "شماره کارت ۶۰۳۷-۹۹۷۱-۱۴۰۰-۱۲۳۴")
C("iban", "شبا IR12 0170 0000 0012 1400 5678 01")
C("version dotted", "نسخه ۱۴۰۰.۱.۲ منتشر شد")
C("version latin", "v1400.1.2")
C("version semver", "نسخه 1.14.0")
C("percent", "۱۲/۵/۱۴۰۰٪")
C("ip-like", "192.168.1.1400")
C("url path", "https://www.example.ir/news/1402/07/01/slug")
C("url path persian digits", "لینک: site.ir/archive/۱۴۰۲/۰۷/۰۱")
C("count", "1300 troops were deployed")
C("bare year", "سال ۱۴۰۰")
C("bare year khorshidi", "در سال 1399 خورشیدی")
C("budget", "بودجه ۱۴۰۳")
C("year range", "سال‌های ۱۳۹۸ تا ۱۴۰۰")
C("year range dash", "۱۳۹۸-۱۴۰۰")
C("time only", "ساعت ۱۲:۳۰")
C("score", "نتیجه ۳-۱")
C("news code", "کد خبر: ۷۲۶۸۱۵")
C("view count", "۱۳۹۶ بازدید")

# --- Negatives: month-like words and missing parts -------------------------------------------------------
C("adi", "عادی ۱۴۰۰")
C("adi with number", "جلسه عادی ۱۴۰۲ نفر")
C("mehrdad name", "۵ مهرداد ۱۳۹۹")
C("asadollah", "۱۰ اسدالله ۱۴۰۰")
C("tirandaz", "۳ تیرانداز ۱۴۰۰")
C("month year no day", "دی‌ماه ۱۳۹۰")
C("month year no day 2", "مهرماه ۱۴۰۱")
C("month year glued no day", "مهرماه1380")
C("month and year", "خرداد ۱۴۰۲")
C("day and month no year", "۲۲ بهمن")
C("day month no year ordinal", "بیست و دوم بهمن")
C("range no year", "۱۴ تا ۱۶ مهر")
C("mizan as amount", "میزان ۱۴۰۰ تن")
C("line break inside", "۱۵\nمهر ۱۴۰۲")
C("line break before year", "۱۵ مهر\n۱۴۰۲")
C("zero day", "۰ مهر ۱۴۰۲")
C("month 13", "۱۴۰۲/۱۳/۰۱")
C("day 32", "۳۲ مهر ۱۴۰۲")
C("year out of window", "۱۵ مهر ۱۱۹۰")
C("year after window", "۱۵ مهر ۱۵۰۱")

# --- Two-digit years ----------------------------------------------------------------------------
C("two-digit default off", "۱۵ مهر ۰۲")
C("two-digit numeric default off", "۹۹/۱۲/۲۹")
C("two-digit with pivot", "۱۵ مهر ۰۲", D("۱۵ مهر ۰۲", "1402-07-15"), options={"two_digit_years": 1420})
C("two-digit numeric with pivot", "۹۹/۱۲/۲۹", D("۹۹/۱۲/۲۹", "1399-12-29"), options={"two_digit_years": 1420})
C("two-digit pivot boundary", "۱ دی ۲۱", D("۱ دی ۲۱", "1321-10-01"), options={"two_digit_years": 1420})
C("two-digit day-first never", "۲۹/۱۲/۹۹", options={"two_digit_years": 1420})

# --- Year window option ---------------------------------------------------------------------------
C("wider window", "۱۵ مهر ۱۱۹۰", D("۱۵ مهر ۱۱۹۰", "1190-07-15"), options={"years": [1100, 1500]})
C("narrow window", "۱۴۴۵/۰۳/۰۶ و ۱۴۰۲/۰۷/۰۱", D("۱۴۰۲/۰۷/۰۱", "1402-07-01"), options={"years": [1300, 1430]})

# --- Impossible dates ---------------------------------------------------------------------------
C("31 mehr", "۳۱ مهر ۱۴۰۲", invalid=[("۳۱ مهر ۱۴۰۲", "1402-07-31")])
C("30 esfand common", "۳۰ اسفند ۱۴۰۲", invalid=[("۳۰ اسفند ۱۴۰۲", "1402-12-30")])
C("30 esfand leap ok", "۳۰ اسفند ۱۴۰۳", D("۳۰ اسفند ۱۴۰۳", "1403-12-30"))
C("numeric 30 esfand common", "۱۴۰۲/۱۲/۳۰", invalid=[("۱۴۰۲/۱۲/۳۰", "1402-12-30")])
C("31 bahman", "۳۱ بهمن ۱۴۰۰ ساعت ۱۰:۰۰", invalid=[("۳۱ بهمن ۱۴۰۰ ساعت ۱۰:۰۰", "1400-11-31")])
C("invalid next to valid", "۳۱ آبان ۱۴۰۱ / ۳۰ آبان ۱۴۰۱", D("۳۰ آبان ۱۴۰۱", "1401-08-30"),
  invalid=[("۳۱ آبان ۱۴۰۱", "1401-08-31")])
C("31 esfand", "۳۱ حوت ۱۴۰۳", invalid=[("۳۱ حوت ۱۴۰۳", "1403-12-31")])

# --- Wikipedia-style and long text -------------------------------------------------------------------
C("wikipedia infobox", "زادروز: ۱۸ اردیبهشت ۱۳۲۰ هجری شمسی، تهران", D("۱۸ اردیبهشت ۱۳۲۰ هجری شمسی", "1320-02-18"))
C("wikipedia lead", "محمد مصدق (۲۶ اردیبهشت ۱۲۶۱ – ۱۴ اسفند ۱۳۴۵) سیاستمدار ایرانی",
  D("۲۶ اردیبهشت ۱۲۶۱", "1261-02-26"), D("۱۴ اسفند ۱۳۴۵", "1345-12-14"))
C("law text", "قانون مصوب ۱۳۷۵/۱۰/۱۰ مجلس شورای اسلامی و اصلاحیه ۱۳۸۰/۰۲/۳۱",
  D("۱۳۷۵/۱۰/۱۰", "1375-10-10"), D("۱۳۸۰/۰۲/۳۱", "1380-02-31"))
C("english article with footer", "Astana will host a new round of Syria talks.\nکد خبر: ۷۲۶۸۱۵\n|\n۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017\n|\n9495 بازدید",
  D("۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵", "1396-06-11", "21:55"))
C("ticket", "شماره بلیت ۱۴۰۲۰۷۰۱۱۲ صادره در ۱ مهر ۱۴۰۲", D("۱ مهر ۱۴۰۲", "1402-07-01"))
C("letter header", "شماره: ۱۲۳۴/ص/۱۴۰۲\nتاریخ: ۱۴۰۲/۰۴/۱۲\nپیوست: ندارد", D("۱۴۰۲/۰۴/۱۲", "1402-04-12"))
C("arabic-indic named", "١٥ مهر ١٤٠٢", D("١٥ مهر ١٤٠٢", "1402-07-15"))
C("mixed digits named", "۱۵ مهر 1402", D("۱۵ مهر 1402", "1402-07-15"))


# --- Month first (Afghan headline bylines), year first, Arabic time words ---------------------------
C("afghan byline comma", "دلو ۰۳, ۱۴۰۳", D("دلو ۰۳, ۱۴۰۳", "1403-11-03"))
C("afghan byline arabic comma", "جدی ۲۹، ۱۴۰۳", D("جدی ۲۹، ۱۴۰۳", "1403-10-29"))
C("afghan byline then title", "حوت ۰۶, ۱۴۰۳ برنامه‌های امروز", D("حوت ۰۶, ۱۴۰۳", "1403-12-06"))
C("afghan byline weekday time", "شنبه، جدی ۲۹، ۱۴۰۳ ساعت ۱۰:۳۰", D("شنبه، جدی ۲۹، ۱۴۰۳ ساعت ۱۰:۳۰", "1403-10-29", "10:30"))
C("afghan byline dash time", "جوزا ۱۵، ۱۴۰۲ - ۱۷:۰۵", D("جوزا ۱۵، ۱۴۰۲ - ۱۷:۰۵", "1402-03-15", "17:05"))
C("afghan byline ascii digits", "Kabul | حمل 12, 1403", D("حمل 12, 1403", "1403-01-12"))
C("afghan byline one digit day", "ثور ۵، ۱۴۰۳", D("ثور ۵، ۱۴۰۳", "1403-02-05"))
C("afghan byline sonbola", "سنبله ۳۱، ۱۴۰۲", D("سنبله ۳۱، ۱۴۰۲", "1402-06-31"))
C("afghan byline in a line", "نویسنده: احمد | اسد ۱۰, ۱۴۰۳ | بازدید: ۲۳", D("اسد ۱۰, ۱۴۰۳", "1403-05-10"))
C("afghan byline arabic yeh", "جدي ۲۰، ۱۴۰۳", D("جدي ۲۰، ۱۴۰۳", "1403-10-20"))
C("iranian month first", "مهر ۱۵، ۱۴۰۲", D("مهر ۱۵، ۱۴۰۲", "1402-07-15"))
C("iranian month first arabic kaf", "اسفند ۲۹, ۱۴۰۱", D("اسفند ۲۹, ۱۴۰۱", "1401-12-29"))
C("month first with mah", "دی ماه ۱۲، ۱۴۰۲", D("دی ماه ۱۲، ۱۴۰۲", "1402-10-12"))
C("month first leap day", "اسفند ۳۰، ۱۴۰۳", D("اسفند ۳۰، ۱۴۰۳", "1403-12-30"))
C("transliterated month first", "Published: Mehr 15, 1402", D("Mehr 15, 1402", "1402-07-15"))
C("transliterated afghan month first", "Updated Jadi 29, 1403", D("Jadi 29, 1403", "1403-10-29"))
C("year first", "۱۴۰۲ مهر ۱۵", D("۱۴۰۲ مهر ۱۵", "1402-07-15"))
C("year first in a line", "تاریخ: ۱۴۰۳ فروردین ۲ | کد: ۱۲۳", D("۱۴۰۳ فروردین ۲", "1403-01-02"))
C("year first with time", "۱۴۰۲ آبان ۲۲ - ۱۸:۳۰", D("۱۴۰۲ آبان ۲۲ - ۱۸:۳۰", "1402-08-22", "18:30"))
C("arabic time word", "حمل ۱، ۱۴۰۳ الساعة ۱۷:۰۵", D("حمل ۱، ۱۴۰۳ الساعة ۱۷:۰۵", "1403-01-01", "17:05"))
C("arabic time word arabic digits", "١٢ مهر ١٤٠٢ الساعة ١٧:٠٥", D("١٢ مهر ١٤٠٢ الساعة ١٧:٠٥", "1402-07-12", "17:05"))
C("two month-first bylines", "جدی ۲۹، ۱۴۰۳ و دلو ۰۳، ۱۴۰۳", D("جدی ۲۹، ۱۴۰۳", "1403-10-29"), D("دلو ۰۳، ۱۴۰۳", "1403-11-03"))
C("neg month then number not a day", "مهر ۴۵, ۱۴۰۳")
C("neg month then list of numbers", "جدی ۱۰, ۱۱, ۱۴۰۳")
C("neg jadi adjective", "این موضوع جدی است و ۱۲ نفر در ۱۴۰۳ آمدند")
C("neg jadi adjective comma", "بسیار جدی، ۱۴۰۳ نفر")
C("neg month first no comma", "مهر ۱۵ ۱۴۰۲")
C("neg month first no year", "دلو ۰۳، امسال")
C("neg month first glued number", "دلو ۱۲/۰۳، ۱۴۰۳")
C("neg year first count", "سال ۱۴۰۲ مهر ۱۵ درصد افزایش")
C("neg year first then month", "۱۴۰۲ مهر ۱۵ آبان")
C("neg year first chained", "۱۴۰۲/مهر ۱۵")
C("neg year first day too big", "۱۴۰۲ مهر ۳۲")
C("neg year first no day", "۱۴۰۲ مهر خوب بود")
C("neg arabic time word no date", "الساعة ۱۷:۰۵ في کابل")
C("neg month first invalid day", "مهر ۳۱، ۱۴۰۲", invalid=[("مهر ۳۱، ۱۴۰۲", "1402-07-31")])

# --- Other calendars (FindOptions::calendars) -----------------------------------------------------
# The same page shapes with their Gregorian and lunar Hijri dates asked for. G(...) is a Gregorian
# date as printed, H(...) a lunar Hijri one (Umm al-Qura); the other fields are computed below by
# independent libraries (jdatetime / persiantools for the Solar Hijri day, hijridate for the lunar
# calendar), never by naskh.
ALL = {"calendars": ["persian", "gregorian", "islamic"]}
GR = {"calendars": ["persian", "gregorian"]}
IS = {"calendars": ["persian", "islamic"]}
ONLY_G = {"calendars": ["gregorian"]}
ONLY_H = {"calendars": ["islamic"]}

C("seed footer, all calendars", "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017 | 9495 بازدید",
  D("۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵", "1396-06-11", "21:55"), G("02 September 2017", "2017-09-02"), options=ALL)
C("english byline", "Tehran Times | 25 October 2017 18:41", G("25 October 2017 18:41", "2017-10-25", "18:41"), options=GR)
C("english month first", "September 2, 2017", G("September 2, 2017", "2017-09-02"), options=GR)
C("english abbreviated", "Sep 2, 2017", G("Sep 2, 2017", "2017-09-02"), options=GR)
C("english sept", "Sept 12, 2023 at 10:15", G("Sept 12, 2023 at 10:15", "2023-09-12", "10:15"), options=GR)
C("english weekday", "Tuesday, March 5, 2024", G("Tuesday, March 5, 2024", "2024-03-05"), options=GR)
C("english weekday day first", "Sunday 3 September 2017", G("Sunday 3 September 2017", "2017-09-03"), options=GR)
C("english ordinal", "on the 21st March 2024 the year began", G("21st March 2024", "2024-03-21"), options=GR)
C("english pm", "Updated: 12 Jan 2024 04:30 PM", G("12 Jan 2024 04:30 PM", "2024-01-12", "16:30"), options=GR)
C("english capital may", "Posted 5 May 2023", G("5 May 2023", "2023-05-05"), options=GR)
C("english may month first", "May 5, 2023", G("May 5, 2023", "2023-05-05"), options=GR)
C("english upper case", "15 JUNE 2022", G("15 JUNE 2022", "2022-06-15"), options=GR)
C("english AD", "1 January 2000 AD", G("1 January 2000 AD", "2000-01-01"), options=GR)
C("english leap day", "29 February 2024", G("29 February 2024", "2024-02-29"), options=GR)
C("english dec", "Dec 31, 2023 23:59", G("Dec 31, 2023 23:59", "2023-12-31", "23:59"), options=GR)
C("iso", "2017-09-02", G("2017-09-02", "2017-09-02"), options=GR)
C("iso with time", "2023-10-05T14:20:00", G("2023-10-05T14:20:00", "2023-10-05", "14:20:00"), options=GR)
C("iso slashes", "2024/01/15", G("2024/01/15", "2024-01-15"), options=GR)
C("day first unambiguous", "25/10/2017", G("25/10/2017", "2017-10-25"), options=GR)
C("month first unambiguous", "10/25/2017", G("10/25/2017", "2017-10-25"), options=GR)
C("equal day and month", "05/05/2017", G("05/05/2017", "2017-05-05"), options=GR)
C("dotted day first", "31.12.2023", G("31.12.2023", "2023-12-31"), options=GR)
C("persian digits iso", "۲۰۲۳-۰۹-۲۳", G("۲۰۲۳-۰۹-۲۳", "2023-09-23"), options=GR)
C("persian gregorian name", "۲ سپتامبر ۲۰۱۷", G("۲ سپتامبر ۲۰۱۷", "2017-09-02"), options=GR)
C("persian gregorian name with time", "۲۰ مارس ۲۰۲۳ ساعت ۱۰:۳۰", G("۲۰ مارس ۲۰۲۳ ساعت ۱۰:۳۰", "2023-03-20", "10:30"), options=GR)
C("persian janvier", "۱۵ ژانویه ۲۰۲۴", G("۱۵ ژانویه ۲۰۲۴", "2024-01-15"), options=GR)
C("persian fevrier", "۱۴ فوریه ۲۰۲۴", G("۱۴ فوریه ۲۰۲۴", "2024-02-14"), options=GR)
C("persian avril", "۱ آوریل ۲۰۲۲", G("۱ آوریل ۲۰۲۲", "2022-04-01"), options=GR)
C("persian mei", "۹ مه ۲۰۲۱", G("۹ مه ۲۰۲۱", "2021-05-09"), options=GR)
C("persian mey", "۹ می ۲۰۲۱", G("۹ می ۲۰۲۱", "2021-05-09"), options=GR)
C("persian juin", "۳۰ ژوئن ۲۰۲۰", G("۳۰ ژوئن ۲۰۲۰", "2020-06-30"), options=GR)
C("persian juillet", "۱۴ ژوئیه ۲۰۱۹", G("۱۴ ژوئیه ۲۰۱۹", "2019-07-14"), options=GR)
C("persian jolay", "۴ جولای ۲۰۱۸", G("۴ جولای ۲۰۱۸", "2018-07-04"), options=GR)
C("persian aout", "۱۵ اوت ۲۰۱۷", G("۱۵ اوت ۲۰۱۷", "2017-08-15"), options=GR)
C("persian agust", "۱۵ آگوست ۲۰۱۷", G("۱۵ آگوست ۲۰۱۷", "2017-08-15"), options=GR)
C("persian octobre", "۷ اکتبر ۲۰۲۳", G("۷ اکتبر ۲۰۲۳", "2023-10-07"), options=GR)
C("persian novembre", "۱۱ نوامبر ۲۰۱۸", G("۱۱ نوامبر ۲۰۱۸", "2018-11-11"), options=GR)
C("persian decembre", "۲۵ دسامبر ۲۰۲۳ میلادی", G("۲۵ دسامبر ۲۰۲۳ میلادی", "2023-12-25"), options=GR)
C("afghan september", "۲ سپتمبر ۲۰۱۷", G("۲ سپتمبر ۲۰۱۷", "2017-09-02"), options=GR)
C("afghan january", "۱۰ جنوری ۲۰۲۴", G("۱۰ جنوری ۲۰۲۴", "2024-01-10"), options=GR)
C("afghan february", "۳ فبروری ۲۰۲۲", G("۳ فبروری ۲۰۲۲", "2022-02-03"), options=GR)
C("afghan march", "۸ مارچ ۲۰۲۳", G("۸ مارچ ۲۰۲۳", "2023-03-08"), options=GR)
C("afghan april", "۲۰ اپریل ۲۰۲۱", G("۲۰ اپریل ۲۰۲۱", "2021-04-20"), options=GR)
C("afghan june", "۱ جون ۲۰۲۱", G("۱ جون ۲۰۲۱", "2021-06-01"), options=GR)
C("afghan august", "۱۵ اگست ۲۰۲۱", G("۱۵ اگست ۲۰۲۱", "2021-08-15"), options=GR)
C("afghan october", "۲ اکتوبر ۲۰۲۰", G("۲ اکتوبر ۲۰۲۰", "2020-10-02"), options=GR)
C("afghan november", "۹ نومبر ۲۰۱۹", G("۹ نومبر ۲۰۱۹", "2019-11-09"), options=GR)
C("afghan december", "۱۲ دسمبر ۲۰۱۹", G("۱۲ دسمبر ۲۰۱۹", "2019-12-12"), options=GR)
C("afghan dual dateline", "کابل، ۲۵ ثور ۱۴۰۳ (۱۴ می ۲۰۲۴)", D("۲۵ ثور ۱۴۰۳", "1403-02-25"), G("۱۴ می ۲۰۲۴", "2024-05-14"), options=GR)
C("arabic weekday egypt", "الأحد 3 سبتمبر 2017", G("الأحد 3 سبتمبر 2017", "2017-09-03"), options=GR)
C("arabic egypt january", "15 يناير 2024", G("15 يناير 2024", "2024-01-15"), options=GR)
C("arabic egypt february", "١٤ فبراير ٢٠٢٤", G("١٤ فبراير ٢٠٢٤", "2024-02-14"), options=GR)
C("arabic egypt april hamza", "٢٠ أبريل ٢٠٢٣", G("٢٠ أبريل ٢٠٢٣", "2023-04-20"), options=GR)
C("arabic egypt may", "1 مايو 2022", G("1 مايو 2022", "2022-05-01"), options=GR)
C("arabic egypt june", "30 يونيو 2013", G("30 يونيو 2013", "2013-06-30"), options=GR)
C("arabic egypt july", "23 يوليو 1952", G("23 يوليو 1952", "1952-07-23"), options=GR)
C("arabic egypt august", "٦ أغسطس ٢٠١٥", G("٦ أغسطس ٢٠١٥", "2015-08-06"), options=GR)
C("arabic egypt october", "٦ أكتوبر ١٩٧٣", G("٦ أكتوبر ١٩٧٣", "1973-10-06"), options=GR)
C("arabic egypt november", "الخميس 9 نوفمبر 2023", G("الخميس 9 نوفمبر 2023", "2023-11-09"), options=GR)
C("arabic egypt december", "31 ديسمبر 2023", G("31 ديسمبر 2023", "2023-12-31"), options=GR)
C("arabic time word gregorian", "الجمعة 10 مارس 2023 الساعة 18:30", G("الجمعة 10 مارس 2023 الساعة 18:30", "2023-03-10", "18:30"), options=GR)
C("arabic gregorian era", "12 مارس 2023م", G("12 مارس 2023م", "2023-03-12"), options=GR)
C("levant aylul", "3 أيلول 2017", G("3 أيلول 2017", "2017-09-03"), options=GR)
C("levant kanun thani", "١٥ كانون الثاني ٢٠٢٤", G("١٥ كانون الثاني ٢٠٢٤", "2024-01-15"), options=GR)
C("levant tishrin awwal", "٦ تشرين الأول ٢٠٢٣", G("٦ تشرين الأول ٢٠٢٣", "2023-10-06"), options=GR)
C("levant shubat", "الاثنين 12 شباط 2024", G("الاثنين 12 شباط 2024", "2024-02-12"), options=GR)
C("levant azar", "8 آذار 2023", G("8 آذار 2023", "2023-03-08"), options=GR)
C("levant nisan", "17 نيسان 2022", G("17 نيسان 2022", "2022-04-17"), options=GR)
C("levant tammuz", "14 تموز 1958", G("14 تموز 1958", "1958-07-14"), options=GR)
C("levant ab", "4 آب 2020", G("4 آب 2020", "2020-08-04"), options=GR)
C("maghreb shutanbir", "4 شتنبر 2017", G("4 شتنبر 2017", "2017-09-04"), options=GR)
C("maghreb ghusht", "20 غشت 1953", G("20 غشت 1953", "1953-08-20"), options=GR)
C("maghreb dujanbir", "الأربعاء 6 دجنبر 2023", G("الأربعاء 6 دجنبر 2023", "2023-12-06"), options=GR)
C("maghreb yulyuz", "30 يوليوز 2023", G("30 يوليوز 2023", "2023-07-30"), options=GR)
C("calendar widget both", "امروز: دوشنبه ۲۹ اسفند ۱۴۰۱ برابر با ۲۰ مارس ۲۰۲۳",
  D("دوشنبه ۲۹ اسفند ۱۴۰۱", "1401-12-29"), G("۲۰ مارس ۲۰۲۳", "2023-03-20"), options=GR)
C("gregorian only asked", "۱۱ شهريور ۱۳۹۶ - 02 September 2017", G("02 September 2017", "2017-09-02"), options=ONLY_G)
C("time after another calendar's year stays there", "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017",
  G("02 September 2017", "2017-09-02"), options=ONLY_G)
C("time after a gregorian year is not the solar date's", "02 September 2017 21:55 ۱۱ شهریور ۱۳۹۶",
  D("۱۱ شهریور ۱۳۹۶", "1396-06-11"))
C("wikipedia birth death", "(۲۱ مارس ۱۹۳۹ – ۳ ژوئن ۲۰۱۵)", G("۲۱ مارس ۱۹۳۹", "1939-03-21"), G("۳ ژوئن ۲۰۱۵", "2015-06-03"), options=GR)
C("english invalid day", "31 April 2023", invalid=[("31 April 2023", "2023-04-31", "gregorian")], options=GR)
C("english invalid leap", "29 February 2023", invalid=[("29 February 2023", "2023-02-29", "gregorian")], options=GR)
C("neg gregorian not asked", "02 September 2017 و 2017-09-02")
C("neg gregorian no year", "3 September was a Sunday", options=GR)
C("neg gregorian no day", "September 2017 issue", options=GR)
C("neg ambiguous day month", "05/06/2017", options=GR)
C("neg ambiguous with time", "03/04/2018 10:00", options=GR)
C("neg lowercase may", "prices 5 may 2023 rise", options=GR)
C("neg may verb", "It may 2023 be late", options=GR)
C("neg mi verb prefix", "من ۵ می خواهم ۲۰۲۳ بار بخوانم", options=GR)
C("neg mi zwnj verb", "۵ می‌روند ۲۰۲۳", options=GR)
C("neg price dollars", "قیمت: ۲,۰۱۷ دلار و 1,999.50 USD", options=GR)
C("neg phone", "تلفن: 021-2017-4455 و 0912 2017 345", options=GR)
C("neg page count", "۳۰۰ صفحه، چاپ ۲۰۱۷", options=GR)
C("neg year only", "در سال ۲۰۲۳ میلادی", options=GR)
C("neg gregorian month persian year", "۱۵ سپتامبر ۱۴۰۲", options=GR)
C("neg gregorian with solar era", "۱۵ سپتامبر ۲۰۲۳ ه.ش", options=GR)
C("neg version number", "version 2.10.2017 release", options=GR)
C("neg url date", "https://example.com/2023/10/05/story", options=GR)
C("neg score", "Iran 2 - 1 Japan, 2017 cup", options=GR)
C("neg levant ab water", "آب 2020 لیتر", options=GR)
C("neg march verb", "they march 5 2023 km", options=GR)
C("neg day first out of range", "32/10/2017", options=GR)
C("neg year outside window", "12 March 1499", options=GR)

C("arabic year word aam", "افتتح المعرض في 3 نيسان عام 2019 بحضور الوزير", G("3 نيسان عام 2019", "2019-04-03"), options=GR)
C("arabic min aam", "صدر القرار في 14 فبراير من عام 2021", G("14 فبراير من عام 2021", "2021-02-14"), options=GR)
C("arabic sana with era", "توفي في 22 ديسمبر سنة 1890م", G("22 ديسمبر سنة 1890م", "1890-12-22"), options=GR)
C("arabic ordinal min", "في الخامس عشر من مارس 2020 أغلقت المدارس", G("الخامس عشر من مارس 2020", "2020-03-15"), options=GR)
C("arabic ordinal twenties", "الحادي والعشرين من يونيو 2018", G("الحادي والعشرين من يونيو 2018", "2018-06-21"), options=GR)
C("maghreb fatih", "ابتداء من فاتح شتنبر 2022", G("فاتح شتنبر 2022", "2022-09-01"), options=GR)
C("levant egypt pair", "في 9 نيسان/أبريل 2003 سقطت بغداد", G("9 نيسان/أبريل 2003", "2003-04-09"), options=GR)
C("egypt levant pair spaced", "الخميس 5 يونيو/ حزيران 1967", G("الخميس 5 يونيو/ حزيران 1967", "1967-06-05"), options=GR)
C("two word levant pair", "1 كانون الثاني/يناير 2024", G("1 كانون الثاني/يناير 2024", "2024-01-01"), options=GR)
C("historical gregorian year", "ولد في 14 مارس 1879م", G("14 مارس 1879م", "1879-03-14"), options=GR)
C("sixteenth century", "Signed on June 15, 1520 in Calais", G("June 15, 1520", "1520-06-15"), options=GR)
C("lunar sana", "في 17 رمضان سنة 1443 هـ", H("17 رمضان سنة 1443 هـ", "1443-09-17"), options=IS)
C("lunar ordinal min", "الخامس عشر من شعبان 1444", H("الخامس عشر من شعبان 1444", "1444-08-15"), options=IS)
C("neg ordinal without min", "الثالث مارس 2020 كان", options=GR)
C("neg aam without day", "في آذار عام 2011 بدأت الاحتجاجات", options=GR)
C("neg pair different months", "أيار/يونيو 2003", options=GR)
C("neg persian month with aam", "۱۵ مهر عام ۱۴۰۲", options=ALL)
C("neg price in dinars", "سعر البرميل 75 دينار في 2023", options=ALL)
C("neg score and year", "فاز الفريق 3 - 1 في نهائي 2022", options=ALL)
C("neg chapter and verse", "سورة البقرة 2، الآية 255 (طبعة 1998)", options=ALL)
C("neg hotline", "اتصل على الرقم 19 2020 3040", options=ALL)
C("neg english count month", "12 April deliveries in 2024 rose", options=GR)
C("arabic hijri byline", "١٢ ذو الحجة ١٤٣٨ هـ", H("١٢ ذو الحجة ١٤٣٨ هـ", "1438-12-12"), options=IS)
C("arabic hijri and gregorian", "الأحد 3 سبتمبر 2017 - 12 ذو الحجة 1438 هـ",
  G("الأحد 3 سبتمبر 2017", "2017-09-03"), H("12 ذو الحجة 1438 هـ", "1438-12-12"), options=ALL)
C("persian lunar rajab", "۱۵ رجب ۱۴۴۵", H("۱۵ رجب ۱۴۴۵", "1445-07-15"), options=IS)
C("persian lunar rabi zwnj", "۶ ربیع‌الاول ۱۴۴۵", H("۶ ربیع‌الاول ۱۴۴۵", "1445-03-06"), options=IS)
C("persian lunar era", "۱۴ شعبان ۱۴۴۴ ه.ق", H("۱۴ شعبان ۱۴۴۴ ه.ق", "1444-08-14"), options=IS)
C("persian lunar qamari", "۲۱ رمضان ۱۴۴۴ قمری", H("۲۱ رمضان ۱۴۴۴ قمری", "1444-09-21"), options=IS)
C("arabic ramadan", "1 رمضان 1445", H("1 رمضان 1445", "1445-09-01"), options=IS)
C("arabic muharram", "الأحد 1 محرم 1446 هـ", H("الأحد 1 محرم 1446 هـ", "1446-01-01"), options=IS)
C("arabic safar", "٢٠ صفر ١٤٤٥", H("٢٠ صفر ١٤٤٥", "1445-02-20"), options=IS)
C("arabic rabi thani", "3 ربيع الآخر 1445", H("3 ربيع الآخر 1445", "1445-04-03"), options=IS)
C("arabic rabi thani alt", "3 ربيع الثاني 1445", H("3 ربيع الثاني 1445", "1445-04-03"), options=IS)
C("arabic jumada ula", "٥ جمادى الأولى ١٤٤٥", H("٥ جمادى الأولى ١٤٤٥", "1445-05-05"), options=IS)
C("arabic jumada akhira", "٧ جمادى الآخرة ١٤٤٥ هـ", H("٧ جمادى الآخرة ١٤٤٥ هـ", "1445-06-07"), options=IS)
C("persian jumada thani", "۶ جمادی‌الثانی ۱۴۴۵", H("۶ جمادی‌الثانی ۱۴۴۵", "1445-06-06"), options=IS)
C("arabic shawwal", "1 شوال 1444", H("1 شوال 1444", "1444-10-01"), options=IS)
C("arabic dhu al-qadah", "15 ذو القعدة 1444", H("15 ذو القعدة 1444", "1444-11-15"), options=IS)
C("arabic dhi al-hijjah", "10 ذي الحجة 1444", H("10 ذي الحجة 1444", "1444-12-10"), options=IS)
C("persian zi hajje", "۱۰ ذی‌حجه ۱۴۴۴", H("۱۰ ذی‌حجه ۱۴۴۴", "1444-12-10"), options=IS)
C("numeric lunar with era", "١٤٣٨/١٢/١٢ هـ", H("١٤٣٨/١٢/١٢ هـ", "1438-12-12"), options=IS)
C("numeric lunar day first", "١٢/١٢/١٤٣٨هـ", H("١٢/١٢/١٤٣٨هـ", "1438-12-12"), options=IS)
C("arabic hijri with time", "10 رمضان 1445 الساعة 09:30 صباحاً", H("10 رمضان 1445 الساعة 09:30 صباحاً", "1445-09-10", "09:30"), options=IS)
C("hijri arabic hijriya", "20 رجب 1440 هجرية", H("20 رجب 1440 هجرية", "1440-07-20"), options=IS)
C("triple date line, all", "شنبه ۱ مهر ۱۴۰۲ - ۰۶ ربیع الاول ۱۴۴۵ - ۲۳ سپتامبر ۲۰۲۳",
  D("شنبه ۱ مهر ۱۴۰۲", "1402-07-01"), H("۰۶ ربیع الاول ۱۴۴۵", "1445-03-06"), G("۲۳ سپتامبر ۲۰۲۳", "2023-09-23"), options=ALL)
C("triple date joined, all", "امروز: چهارشنبه ۲۹ آذر ۱۴۰۲ | ۶ جمادی‌الثانی ۱۴۴۵ | 20 December 2023",
  D("چهارشنبه ۲۹ آذر ۱۴۰۲", "1402-09-29"), H("۶ جمادی‌الثانی ۱۴۴۵", "1445-06-06"), G("20 December 2023", "2023-12-20"), options=ALL)
C("lunar only asked", "۱۵ رجب ۱۴۴۵ و ۱۵ مهر ۱۴۰۲", H("۱۵ رجب ۱۴۴۵", "1445-07-15"), options=ONLY_H)
C("lunar invalid day", "30 شعبان 1445", invalid=[("30 شعبان 1445", "1445-08-30", "islamic")], options=IS)
C("neg lunar not asked", "۱۵ رجب ۱۴۴۵ و ١٢ ذو الحجة ١٤٣٨ هـ")
C("neg rajab as a name", "رجب طیب اردوغان در ۱۴۴۵ گفت", options=IS)
C("neg rajab name with number", "رجب ۱۲ گل زد در ۱۴۰۲", options=IS)
C("neg safar zero", "صفر ۱۴۴۵", options=IS)
C("neg lunar numeric no era", "۱۴۴۵/۰۳/۰۶", options=ONLY_H)
C("neg lunar month solar era", "۱۵ رجب ۱۴۴۵ ه.ش", options=IS)
C("neg lunar no day", "ماه رمضان ۱۴۴۵ آغاز شد", options=IS)
C("neg lunar no year", "۱۵ شعبان روز میلاد است", options=IS)
C("neg lunar year outside window", "۱۵ رجب ۱۱۰۰", options=IS)
C("neg ramadan count", "در ۳۰ روز رمضان ۱۴۴۵ نفر", options=IS)
C("neg hijri label alone", "سال ۱۴۴۵ هجری قمری", options=IS)
C("neg phone with year", "Tel: +1 (555) 2017-0902", options=GR)
C("neg isbn", "ISBN 978-3-16-2017-0", options=GR)
C("neg order number", "Order #2017-09-0234 shipped", options=GR)
C("neg month and year only", "the Dec 2023 report", options=GR)
C("neg iso invalid month", "2017-13-02", options=GR)
C("neg month then word then year", "The 25 October rally, 2017", options=GR)
C("neg count before year", "in 2017, 10 people died", options=GR)
C("neg lowercase abbreviation", "sept 12, 2023", options=GR)
C("neg percent before month", "۲۵ درصد سپتامبر ۲۰۲۳", options=GR)
C("neg name shaban", "شعبان جعفری ۱۴۴۵ بار", options=IS)
C("neg lunar day month no year", "۱۰ محرم روز عاشورا است", options=IS)
C("neg lunar two digit year", "۱۲ شوال ۹۹", options=IS)
C("neg page range", "pages 12-31, 2017 edition", options=GR)
C("neg bank account", "حساب ۰۱۰۲-۲۰۲۳-۱۵ بانک", options=GR)
C("neg time then year", "ساعت ۱۰:۳۰ سال ۲۰۲۳ شروع شد", options=ALL)

# --- Held-out sample for bench/compare.py ---------------------------------------------------------
# Written after the matcher, and not used while developing it: `--heldout` prints these instead.
HELDOUT_START = len(CASES)
C("ho irna", "تهران- ایرنا- ۱۲ اردیبهشت ۱۴۰۳، ساعت ۱۸:۴۰", D("۱۲ اردیبهشت ۱۴۰۳، ساعت ۱۸:۴۰", "1403-02-12", "18:40"))
C("ho label", "تاریخ: 1403/02/12 ساعت: 18:40", D("1403/02/12 ساعت: 18:40", "1403-02-12", "18:40"))
C("ho weekday time", "دوشنبه ۲۱ خرداد ۱۴۰۳ - ۰۹:۱۵", D("دوشنبه ۲۱ خرداد ۱۴۰۳ - ۰۹:۱۵", "1403-03-21", "09:15"))
C("ho time first", "به‌روز شده در ۰۹:۱۵ - ۱۴۰۳/۰۳/۲۱", D("۰۹:۱۵ - ۱۴۰۳/۰۳/۲۱", "1403-03-21", "09:15"))
C("ho relative", "منتشر شده: ۳ ساعت پیش")
C("ho bakhtar", "کابل (باختر) - ۲۵ ثور ۱۴۰۳", D("۲۵ ثور ۱۴۰۳", "1403-02-25"))
C("ho no year", "جلسه شورا روز سه‌شنبه ۱۵ اسفند ساعت ۱۰ برگزار می‌شود")
C("ho leap due", "سررسید: ۱۴۰۳/۱۲/۳۰", D("۱۴۰۳/۱۲/۳۰", "1403-12-30"))
C("ho coin price", "قیمت سکه امروز ۴۱,۵۰۰,۰۰۰ تومان")
C("ho holiday range", "از ۱ تا ۷ فروردین ۱۴۰۴ تعطیل است", D("۱", "1404-01-01"), D("۷ فروردین ۱۴۰۴", "1404-01-07"))
C("ho english with gregorian", "Released on 5 Azar 1402 (26 November 2023)", D("5 Azar 1402", "1402-09-05"))
C("ho birth", "متولد ۱۳۷۰/۰۶/۳۱ در شیراز", D("۱۳۷۰/۰۶/۳۱", "1370-06-31"))
C("ho phone", "شماره تماس: ۰۷۱-۳۲۳۴۱۴۰۰")
C("ho version", "نسخه 1402.3 منتشر شد")
C("ho thursday", "پنجشنبه، ۲۸ دی ۱۴۰۲ - ۲۲:۱۰", D("پنجشنبه، ۲۸ دی ۱۴۰۲ - ۲۲:۱۰", "1402-10-28", "22:10"))
C("ho lunar equals", "۱۷ ربیع‌الاول ۱۴۴۵ برابر با ۱۱ مهر ۱۴۰۲", D("۱۱ مهر ۱۴۰۲", "1402-07-11"))
C("ho gregorian miladi", "۲۰ دسامبر ۲۰۲۳ میلادی")
C("ho english label", "Date: 1402/10/01", D("1402/10/01", "1402-10-01"))
C("ho oil day", "۲۹ اسفند ۱۳۲۹ روز ملی شدن صنعت نفت", D("۲۹ اسفند ۱۳۲۹", "1329-12-29"))
C("ho anniversary no year", "سالروز ۱۳ آبان")
C("ho ordinal dahom", "دهم مهر ۱۴۰۲", D("دهم مهر ۱۴۰۲", "1402-07-10"))
C("ho ordinal zwnj", "روز سی‌ویکم شهریور ۱۳۵۹", D("سی‌ویکم شهریور ۱۳۵۹", "1359-06-31"))
C("ho mah khorshidi", "۱۶ آذر ماه ۱۳۳۲ خورشیدی", D("۱۶ آذر ماه ۱۳۳۲ خورشیدی", "1332-09-16"))
C("ho footer", "کد مطلب: 145678 تاریخ انتشار: 1402/09/16 - 11:22", D("1402/09/16 - 11:22", "1402-09-16", "11:22"))
C("ho two digit numeric", "۹۸/۰۸/۲۴")
C("ho two digit named", "۲۴ آبان ۹۸")
C("ho dotted", "در تاریخ ۱۴۰۱.۰۶.۲۶", D("۱۴۰۱.۰۶.۲۶", "1401-06-26"))
C("ho day-first dash", "۲۶-۰۶-۱۴۰۱", D("۲۶-۰۶-۱۴۰۱", "1401-06-26"))
C("ho dalw era", "۱۹ دلو ۱۳۹۹ هـ ش", D("۱۹ دلو ۱۳۹۹ هـ ش", "1399-11-19"))
C("ho mizan weekday", "سه شنبه ۲۰ میزان ۱۴۰۰", D("سه شنبه ۲۰ میزان ۱۴۰۰", "1400-07-20"))
C("ho seconds", "آخرین بروزرسانی: ۳۱ شهریور ۱۴۰۲ ۱۶:۰۴:۱۰", D("۳۱ شهریور ۱۴۰۲ ۱۶:۰۴:۱۰", "1402-06-31", "16:04:10"))
C("ho month range", "۱ خرداد تا ۱۵ تیر ۱۴۰۳", D("۱ خرداد", "1403-03-01"), D("۱۵ تیر ۱۴۰۳", "1403-04-15"))
C("ho english friday", "Friday 8 Dey 1402", D("Friday 8 Dey 1402", "1402-10-08"))
C("ho am pipe", "۲۳ مهر ۱۴۰۲ | ۱۰:۰۰ ق.ظ", D("۲۳ مهر ۱۴۰۲ | ۱۰:۰۰ ق.ظ", "1402-07-23", "10:00"))
C("ho pm", "۵ فروردین ۱۴۰۳ ۰۷:۳۰ ب.ظ", D("۵ فروردین ۱۴۰۳ ۰۷:۳۰ ب.ظ", "1403-01-05", "19:30"))
C("ho file size", "دانلود فایل (۲.۳ مگابایت) - ۱۴۰۲")
C("ho years", "در سال‌های ۱۳۵۷ و ۱۳۵۸")
C("ho match", "۳ تیر ۱۴۰۰ ورزشگاه آزادی ۱۰۰ هزار نفر", D("۳ تیر ۱۴۰۰", "1400-04-03"))
C("ho decimal", "۱۴۰۰٫۰۵ میلیارد")
C("ho presentation label", "\ufe97\ufe8e\ufead\ufef3\ufea6: ۱۴۰۲/۰۷/۰۱", D("۱۴۰۲/۰۷/۰۱", "1402-07-01"))
C("ho rlm tokens", RLM + "۱۴ " + RLM + "آبان " + RLM + "۱۴۰۲", D("۱۴ " + RLM + "آبان " + RLM + "۱۴۰۲", "1402-08-14"))
C("ho today no year", "امروز ۱۴ آبان است")
C("ho hour without minutes", "زمان برگزاری: پنج شنبه 18 آبان 1402 ساعت 16", D("پنج شنبه 18 آبان 1402", "1402-08-18"))
C("ho deadline", "مهلت ثبت نام تا ۳۰ مهر ۱۴۰۲", D("۳۰ مهر ۱۴۰۲", "1402-07-30"))
C("ho lunar safar", "۷ صفر ۱۴۴۵ ه.ق")
C("ho iso-like", "1401-12-29T14:05:00", D("1401-12-29T14:05:00", "1401-12-29", "14:05:00"))
C("ho two digit bahman", "۲۲ بهمن ۵۷")
C("ho hour word before", "ساعت ۸ صبح ۵ دی ۱۴۰۲", D("۵ دی ۱۴۰۲", "1402-10-05"))
C("ho spaced numeric weekday", "چهارشنبه ۱۰ / ۰۸ / ۱۴۰۲", D("چهارشنبه ۱۰ / ۰۸ / ۱۴۰۲", "1402-08-10"))
C("ho english bahman", "2 Bahman 1402", D("2 Bahman 1402", "1402-11-02"))
C("ho english month first", "Dey 30, 1402", D("Dey 30, 1402", "1402-10-30"))
C("ho full pair ela", "۱۵ آبان ۱۴۰۲ الی ۲۰ آبان ۱۴۰۲", D("۱۵ آبان ۱۴۰۲", "1402-08-15"), D("۲۰ آبان ۱۴۰۲", "1402-08-20"))
C("ho afghan range", "۲۵ جوزا الی ۵ سرطان ۱۴۰۱", D("۲۵ جوزا", "1401-03-25"), D("۵ سرطان ۱۴۰۱", "1401-04-05"))
C("ho election", "در ۲۲ خرداد ۱۳۸۸ انتخابات برگزار شد", D("۲۲ خرداد ۱۳۸۸", "1388-03-22"))
C("ho postcode", "کد پستی ۱۴۰۰۱۲۳۴۵۶")
C("ho plate", "پلاک ۱۴۰۰")
C("ho year sentence", "سال ۱۴۰۰ سال خوبی بود")


def ymd(s):
    return tuple(int(x) for x in s.split("-"))


def gregorian_of(calendar, date):
    """The Gregorian day of `date` (YYYY-MM-DD in `calendar`), from libraries other than naskh."""
    y, m, d = ymd(date)
    if calendar == "persian":
        g1 = jdatetime.date(y, m, d).togregorian()
        g2 = JalaliDate(y, m, d).to_gregorian()
        if g1 != g2:
            sys.exit(f"jdatetime and persiantools disagree on {date}: {g1} vs {g2}")
        return g1
    if calendar == "gregorian":
        return datetime.date(y, m, d)
    if calendar == "islamic":
        g = Hijri(y, m, d).to_gregorian()
        return datetime.date(g.year, g.month, g.day)
    sys.exit(f"unknown calendar {calendar}")


def jalali_of(g):
    j1 = jdatetime.date.fromgregorian(date=g)
    j2 = JalaliDate.to_jalali(g.year, g.month, g.day)
    if (j1.year, j1.month, j1.day) != (j2.year, j2.month, j2.day):
        sys.exit(f"jdatetime and persiantools disagree on {g}")
    return f"{j1.year:04}-{j1.month:02}-{j1.day:02}"


def iso(g, time):
    s = g.isoformat()
    return s + "T" + time if time else s


def exists(date, calendar="persian"):
    y, m, d = ymd(date)
    if calendar == "gregorian":
        try:
            datetime.date(y, m, d)
        except ValueError:
            return False
        return True
    if calendar == "islamic":
        try:
            Hijri(y, m, d)
        except ValueError:
            return False
        return True
    try:
        jdatetime.date(y, m, d)
    except ValueError:
        return False
    try:
        JalaliDate(y, m, d)
    except ValueError:
        return False
    return True


def main():
    seen = set()
    heldout = "--heldout" in sys.argv[1:]
    chosen = CASES[HELDOUT_START:] if heldout else CASES[:HELDOUT_START]
    for n, (source, text, dates, invalid, options) in enumerate(chosen):
        key = (text, json.dumps(options, sort_keys=True))
        if key in seen:
            sys.exit(f"duplicate case: {text!r}")
        seen.add(key)
        rec = {"id": n + 1, "source": source, "text": text, "dates": []}
        pos = 0
        for matched, calendar, date, time in dates:
            at = text.find(matched, pos)
            if at < 0:
                sys.exit(f"case {source!r}: {matched!r} not in text after offset {pos}")
            pos = at + len(matched)
            g = gregorian_of(calendar, date)
            rec["dates"].append({
                "text": matched,
                "calendar": calendar,
                "date": date,
                "jalali": jalali_of(g) if calendar != "persian" else date,
                "time": time,
                "iso": iso(g, time),
            })
        if invalid:
            rec["invalid"] = []
            for matched, date, *cal in invalid:
                calendar = cal[0] if cal else "persian"
                if matched not in text:
                    sys.exit(f"case {source!r}: {matched!r} not in text")
                if exists(date, calendar):
                    sys.exit(f"case {source!r}: {date} exists")
                # `jalali` keeps its name for the Solar Hijri rows; it is the date as written.
                rec["invalid"].append({"text": matched, "calendar": calendar, "jalali": date})
        if options:
            rec["options"] = options
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
