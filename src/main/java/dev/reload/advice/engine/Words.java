package dev.reload.advice.engine;

import java.util.List;
import java.util.stream.Collectors;

import dev.reload.knee.RedFlag;

/** Plain words for enum values in messages. */
final class Words {

    static String flag(RedFlag flag) {
        return switch (flag) {
            case HOT_SWOLLEN_FEVER -> "a hot, swollen knee with fever or feeling unwell";
            case CANNOT_BEAR_WEIGHT -> "being unable to take weight on the leg after an injury";
            case CALF_PAIN_SWELLING -> "pain or swelling in the calf";
            case NUMBNESS_WEAKNESS -> "new numbness, tingling or weakness in the leg";
            case LOCKING -> "a knee that locks";
            case CATCHING -> "a knee that catches";
            case GIVING_WAY -> "a knee that gives way";
            case SIGNIFICANT_SWELLING -> "marked swelling or bruising";
            case POP_OR_INJURY_MOMENT -> "a pop or a clear moment of injury";
            case SEVERE_DAILY_PAIN -> "pain that gets in the way of daily life";
            case NIGHT_BONE_PAIN -> "pain at night or at rest with a tender spot on the bone";
            case WEIGHT_LOSS_OR_CANCER -> "unexplained weight loss or a history of cancer";
        };
    }

    static String flags(List<RedFlag> flags) {
        return flags.stream().map(Words::flag).collect(Collectors.joining("; "));
    }

    private Words() {}
}
