/** Rules of receiving mail providers (Gmail, Outlook.com, Yahoo! JAPAN, docomo, au ...), chosen by the recipient's domain or the refusing host, kept as data. */
package jp.todoku.diagnosis.provider;
