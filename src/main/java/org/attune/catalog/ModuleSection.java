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

/** A part of a module under a second-level heading: what a trainee marks as read. HTML is sanitised at import. */
@Entity
@Cacheable // imported versions never change, so every node may keep them in the shared cache
@Table(name = "module_section")
public class ModuleSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_module_id", nullable = false)
    private CourseModule module;

    private String anchor;

    private String title;

    private int position;

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

    public Long getId() {
        return id;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getTitle() {
        return title;
    }

    public String getHtml() {
        return html;
    }

    public CourseModule getModule() {
        return module;
    }
}
