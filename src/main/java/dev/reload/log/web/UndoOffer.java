package dev.reload.log.web;

import java.io.Serializable;

/**
 * What the page after a delete offers to undo (a flash attribute, kept in the HTTP session for one
 * redirect): where the Undo form posts, what was deleted in words, and the page to come back to.
 */
public record UndoOffer(String action, String what, String returnTo) implements Serializable {}
