package org.attune.quiz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Chooses an attempt's questions from a bank: at random, questions the trainee has not yet seen first. */
public final class QuestionDraw {

    private QuestionDraw() {}

    /**
     * @param bank the ids of every question in the quiz's bank
     * @param seen the ids the trainee was given in earlier attempts
     * @param count how many to draw (the whole bank when it has fewer)
     * @return the drawn ids in the order the attempt shows them
     */
    public static List<String> draw(Collection<String> bank, Set<String> seen, int count, Random random) {
        List<String> unseen = new ArrayList<>();
        List<String> seenBefore = new ArrayList<>();
        for (String id : bank) {
            (seen.contains(id) ? seenBefore : unseen).add(id);
        }
        Collections.shuffle(unseen, random);
        Collections.shuffle(seenBefore, random);
        List<String> drawn = new ArrayList<>(unseen.subList(0, Math.min(count, unseen.size())));
        int missing = Math.min(count, bank.size()) - drawn.size();
        drawn.addAll(seenBefore.subList(0, missing));
        Collections.shuffle(drawn, random);
        return List.copyOf(drawn);
    }
}
