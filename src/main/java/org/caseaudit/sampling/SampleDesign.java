package org.caseaudit.sampling;

/**
 * What to draw. {@code allocation} and {@code atLeastOnePerStratum} apply to stratified designs only;
 * {@code reserves} extra cases are drawn after the sample, in order, for replacements.
 */
public record SampleDesign(SamplingMethod method, SampleSize size, int reserves, Allocation allocation,
                           boolean atLeastOnePerStratum) {

    public SampleDesign {
        if (method == null) {
            throw new SamplingException("method", "Choose a sampling method");
        }
        if (size == null) {
            throw new SamplingException("size", "Enter a sample size");
        }
        if (reserves < 0) {
            throw new SamplingException("reserves", "The number of reserves cannot be negative");
        }
        if (method == SamplingMethod.STRATIFIED && allocation == null) {
            allocation = Allocation.PROPORTIONAL;
        }
        if (method != SamplingMethod.STRATIFIED) {
            allocation = null;
            atLeastOnePerStratum = false;
        }
    }

    public static SampleDesign simpleRandom(SampleSize size, int reserves) {
        return new SampleDesign(SamplingMethod.SIMPLE_RANDOM, size, reserves, null, false);
    }

    public static SampleDesign systematic(SampleSize size, int reserves) {
        return new SampleDesign(SamplingMethod.SYSTEMATIC, size, reserves, null, false);
    }

    public static SampleDesign stratified(SampleSize size, int reserves, Allocation allocation, boolean atLeastOne) {
        return new SampleDesign(SamplingMethod.STRATIFIED, size, reserves, allocation, atLeastOne);
    }

    public String describe() {
        String text = method.label() + "; " + size.describe() + "; " + reserves + " reserves";
        if (method == SamplingMethod.STRATIFIED) {
            text += "; " + allocation.name().toLowerCase(java.util.Locale.ROOT) + " allocation"
                    + (atLeastOnePerStratum ? ", at least 1 per team" : "");
        }
        return text;
    }
}
