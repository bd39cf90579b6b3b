package io.storesphere.notification.mail;

/** An e-mail ready to send: HTML with a plain-text alternative. */
public record Mail(String to, String subject, String html, String text) {

}
