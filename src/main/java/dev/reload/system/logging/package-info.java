/**
 * What the logs hold: a request id for every request ({@link dev.reload.system.logging.RequestIdFilter}),
 * and stack traces without messages in the JSON logs
 * ({@link dev.reload.system.logging.MessageFreeStackTracePrinter}). Decision 0025.
 */
package dev.reload.system.logging;
