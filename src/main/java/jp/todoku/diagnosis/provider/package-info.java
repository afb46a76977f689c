/** Rules for what particular receiving providers (Gmail, Outlook.com, Yahoo! JAPAN, docomo, au and others) mean by their replies. */
package jp.todoku.diagnosis.provider;
