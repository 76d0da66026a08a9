package dev.reload.finder.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.reload.finder.Aggravator;
import dev.reload.finder.FinderAnswers;
import dev.reload.finder.KneeRegion;

/** The finder's page form: the knee map and the questions, bound from the request. */
public class FinderForm {

    private List<KneeRegion> regions = new ArrayList<>();
    private boolean unsureWhere;
    private List<Aggravator> aggravators = new ArrayList<>();
    private Integer age;
    private Integer morningStiffnessMinutes;
    private boolean boneTenderness;
    private boolean painOnHopping;
    private boolean painAtNight;
    private boolean recentLoadIncrease;

    FinderAnswers toAnswers() {
        return new FinderAnswers(
                Set.copyOf(nonNull(regions)),
                unsureWhere,
                Set.copyOf(nonNull(aggravators)),
                age,
                morningStiffnessMinutes,
                boneTenderness,
                painOnHopping,
                painAtNight,
                recentLoadIncrease);
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null).toList();
    }

    public List<KneeRegion> getRegions() {
        return regions;
    }

    public void setRegions(List<KneeRegion> regions) {
        this.regions = regions == null ? new ArrayList<>() : regions;
    }

    public boolean isUnsureWhere() {
        return unsureWhere;
    }

    public void setUnsureWhere(boolean unsureWhere) {
        this.unsureWhere = unsureWhere;
    }

    public List<Aggravator> getAggravators() {
        return aggravators;
    }

    public void setAggravators(List<Aggravator> aggravators) {
        this.aggravators = aggravators == null ? new ArrayList<>() : aggravators;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public Integer getMorningStiffnessMinutes() {
        return morningStiffnessMinutes;
    }

    public void setMorningStiffnessMinutes(Integer morningStiffnessMinutes) {
        this.morningStiffnessMinutes = morningStiffnessMinutes;
    }

    public boolean isBoneTenderness() {
        return boneTenderness;
    }

    public void setBoneTenderness(boolean boneTenderness) {
        this.boneTenderness = boneTenderness;
    }

    public boolean isPainOnHopping() {
        return painOnHopping;
    }

    public void setPainOnHopping(boolean painOnHopping) {
        this.painOnHopping = painOnHopping;
    }

    public boolean isPainAtNight() {
        return painAtNight;
    }

    public void setPainAtNight(boolean painAtNight) {
        this.painAtNight = painAtNight;
    }

    public boolean isRecentLoadIncrease() {
        return recentLoadIncrease;
    }

    public void setRecentLoadIncrease(boolean recentLoadIncrease) {
        this.recentLoadIncrease = recentLoadIncrease;
    }
}
