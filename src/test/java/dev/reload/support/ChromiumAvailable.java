package dev.reload.support;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, before any Spring context starts, when Chromium is not installed;
 * under {@code CI=true} fails it instead.
 */
public final class ChromiumAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Browsers.chromium())) {
            return ConditionEvaluationResult.enabled("Chromium found at " + Browsers.chromium());
        }
        return ExternalService.unavailable("Chromium is not installed at " + Browsers.chromium()
                + ", so browser tests cannot run. Install it with: apt-get install -y chromium chromium-driver"
                + " (or set RELOAD_CHROMIUM to its path).");
    }
}
