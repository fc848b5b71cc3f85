package org.attune.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import lombok.Getter;

/** A part of a module under a second-level heading: what a trainee marks as read. HTML is sanitised at import. */
@Entity
@Cacheable // imported versions never change, so every node may keep them in the shared cache
@Table(name = "module_section")
public class ModuleSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @ManyToOne(optional = false)
    @JoinColumn(name = "course_module_id", nullable = false)
    private CourseModule module;

    @Getter
    private String anchor;

    @Getter
    private String title;

    private int position;

    @Getter
    private String html;

    protected ModuleSection() {
        // for JPA
    }

    ModuleSection(CourseModule module, String anchor, String title, int position, String html) {
        this.module = module;
        this.anchor = anchor;
        this.title = title;
        this.position = position;
        this.html = html;
    }
}
