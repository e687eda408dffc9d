package org.ecocorridor.server.processes;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code /ogcapi/processes/{id}} says of a process (OGC 18-062r2, {@code process.yaml}). Immutable.
 *
 * @param id                 process id
 * @param title              human title
 * @param description        what it does, its method and outputs
 * @param version            process version
 * @param keywords           keywords
 * @param inputs             inputs by name, in order
 * @param outputs            outputs by name, in order
 * @param synchronousAllowed whether {@code sync-execute} is offered (small runs) besides {@code async-execute}
 */
public record ProcessDescription(String id, String title, String description, String version, List<String> keywords,
        Map<String, Parameter> inputs, Map<String, Parameter> outputs, boolean synchronousAllowed) {

    /**
     * An input or output.
     *
     * @param title       human title
     * @param description what it means, with units
     * @param schema      JSON Schema of the value (with {@code default} where there is one)
     * @param minOccurs   0 for optional inputs, 1 for required (ignored for outputs)
     * @param maxOccurs   1, or more for repeatable inputs
     */
    public record Parameter(String title, String description, ObjectNode schema, int minOccurs, int maxOccurs) {
    }

    public ProcessDescription {
        keywords = List.copyOf(keywords);
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
    }
}
