package org.bastion.jurisdiction;

/**
 * A division of the national catalogue (province, city, county, township), as origins are named:
 * {@code fullName} reads like 湖北省武汉市洪山区.
 */
public record Division(String code, String name, DivisionLevel level, String parentCode, String fullName) {
}
