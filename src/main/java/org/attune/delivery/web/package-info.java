/** The facilitator's delivery pages and the parents' public feedback page. */
package org.attune.delivery.web;
